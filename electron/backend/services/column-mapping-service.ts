import { badInput } from '../../../shared/api/errors';
import type { ColumnMapping, FileInspection, SavedColumnMapping } from '../../../shared/api/column-mapping';
import type { ImportKind } from '../../../shared/api/import-report';
import type { LocalDate } from '../../../shared/domain';
import { message, paragraph } from '../../../shared/i18n';
import { mappingOfOtherKind, problemSentences, unknownMappingName } from '../../../shared/logic/column-mapping';
import { checkMapping, importFields, layoutKey, layoutSignature, readColumns, type ChooseMapping } from '../import/column-mapping';
import { importColumns } from '../import/import-columns';
import { readTable } from '../import/read-table';
import { shorten } from '../import/row-reader';
import type { Repos } from '../db/repos';

/** Data rows the mapping step shows under the header. */
const PREVIEW_ROWS = 5;

/**
 * A file's header row and first rows, and how each column reads now: by the saved mapping of its
 * layout if there is one, else by name. Reads the file only; writes nothing.
 */
export async function inspectImportFile(
  repos: Repos,
  request: { kind: ImportKind; fileName: string; bytes: Uint8Array; defaultDate?: LocalDate },
): Promise<FileInspection> {
  const table = await readTable(request.bytes, request.fileName);
  const [header, ...records] = table.rows;
  const kindColumns = importColumns(request.kind, request.defaultDate !== undefined);
  const signature = layoutSignature(header.cells);
  const mapping = repos.importMappings.forLayout(request.kind, layoutKey(signature));
  const columns = readColumns(header.cells, kindColumns.columns, mapping);
  const positions = header.cells.flatMap((cell, i) => (cell.trim() === '' ? [] : [i]));
  const read = new Set(columns.map((c) => c.field));
  return {
    kind: request.kind,
    fileName: request.fileName,
    encoding: table.encoding,
    signature,
    columns,
    rows: records.slice(0, PREVIEW_ROWS).map((record) => positions.map((i) => shorten(record.cells[i] ?? ''))),
    fields: importFields(kindColumns),
    missing: kindColumns.required.filter((field) => !read.has(field)),
    mapping,
  };
}

/**
 * Saves a column mapping under its name (replacing one of that name), audited, after the shared
 * rule: every column a known field or ignored, none read twice, every required field read. A date
 * column is not required: the import may supply the date.
 */
export function saveColumnMapping(repos: Repos, input: ColumnMapping): SavedColumnMapping {
  const mapping = { ...input, signature: layoutSignature(input.signature) };
  const problems = checkMapping(mapping, importColumns(mapping.kind, true));
  if (problems.length > 0) {
    const sentence = paragraph([message('columnMapping.notSaved', { name: mapping.name }), ...problemSentences(problems)]);
    throw badInput(sentence, { problem: 'bad_mapping', problems: problems.map(({ field, headers }) => ({ field, headers })) });
  }
  return repos.transaction(() => {
    const replaced = repos.importMappings.get(mapping.name);
    const saved = repos.importMappings.save(mapping, layoutKey(mapping.signature), repos.audit.actorNow());
    repos.audit.append({
      action: 'import.saveMapping',
      entity: 'import_mapping',
      entityId: mapping.name,
      detail: { kind: mapping.kind, signature: mapping.signature, columns: mapping.columns, ...(replaced && { before: replaced.columns }) },
    });
    return saved;
  });
}

/**
 * Which saved mapping reads a file: the one named (refused when unknown or for another kind of
 * file), else the one saved for the file's layout, if any.
 */
export function chooseMappingFor(repos: Repos, kind: ImportKind, name: string | undefined): ChooseMapping {
  if (name === undefined) return (signature) => repos.importMappings.forLayout(kind, layoutKey(signature));
  const named = repos.importMappings.get(name);
  if (!named) {
    const names = repos.importMappings.list().map((m) => m.name);
    throw badInput(unknownMappingName(name, names), { problem: 'unknown_mapping', name, names });
  }
  if (named.kind !== kind) throw badInput(mappingOfOtherKind(name, named.kind, kind), { problem: 'mapping_kind', name });
  return () => named;
}
