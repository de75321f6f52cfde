import path from 'node:path';
import type { Api } from '../../../shared/api/contract';
import type { MappedColumn } from '../../../shared/api/column-mapping';
import { ImportKind } from '../../../shared/api/import-report';
import { badInput } from '../../../shared/api/errors';
import { kindWord, unknownMappingName } from '../../../shared/logic/column-mapping';
import { parseFlags, required } from '../args';
import { openCliBackend } from '../backend';
import { openOrCreateWorkspace, readInputFile, type CliContext } from '../context';
import { usageError } from '../errors';
import { line } from '../language';

/**
 * `import mapping save --name N --kind visits --file F --column "HEADER=FIELD"...` saves how the
 * files of a source are read: each column as the file heads it now (by a saved mapping of its
 * layout, else by name), changed by the --column choices. `import mapping list` prints those saved.
 */
export async function importMappingCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'save' && action !== 'list') throw usageError('cli.unknownCommand', { name: `import mapping ${action ?? ''}`.trim() });
  const { values } = parseFlags(rest, {
    db: { type: 'string' },
    workspace: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string' },
    file: { type: 'string' },
    column: { type: 'string', multiple: true },
    lang: { type: 'string' },
  });
  const backend = openCliBackend(openOrCreateWorkspace(values.db, values.workspace, ctx), ctx);
  try {
    if (action === 'list') return await listMappings(backend.api, ctx);
    const kind = ImportKind.safeParse(required(values.kind, 'kind'));
    if (!kind.success) throw usageError('columnMapping.badKind', { value: values.kind ?? '', kinds: ImportKind.options });
    const file = required(values.file, 'file');
    const inspection = await backend.api['import.inspect']({
      kind: kind.data,
      fileName: path.basename(file),
      contentBase64: Buffer.from(readInputFile(file)).toString('base64'),
    });
    const saved = await backend.api['import.saveMapping']({
      name: required(values.name, 'name'),
      kind: kind.data,
      signature: inspection.signature,
      columns: withChoices(inspection.columns, (values.column ?? []).map(columnFlag)),
    });
    ctx.stdout.write(
      line(ctx.language, 'cli.mappingSaved', { name: saved.name, kind: kindWord(saved.kind), columns: saved.columns.length }),
    );
    return 0;
  } finally {
    backend.close();
  }
}

async function listMappings(api: Api, ctx: CliContext): Promise<number> {
  const mappings = await api['import.mappings']({});
  if (mappings.length === 0) ctx.stdout.write(line(ctx.language, 'cli.noMappings'));
  for (const m of mappings) {
    const values = { name: m.name, kind: kindWord(m.kind), columns: m.columns.length, savedAt: m.savedAt, savedBy: m.savedBy };
    ctx.stdout.write(line(ctx.language, 'cli.mappingListed', values));
  }
  return 0;
}

/** `HEADER=FIELD`, split at the last `=` (a header may hold one). */
function columnFlag(text: string): MappedColumn {
  const at = text.lastIndexOf('=');
  const header = text.slice(0, at).trim();
  const field = text.slice(at + 1).trim();
  if (at < 0 || header === '' || field === '') throw usageError('columnMapping.badColumnFlag', { text });
  return { header, field };
}

/** The file's columns as read now, each chosen one replaced; a header not in the file is kept for the back end to name. */
function withChoices(columns: readonly MappedColumn[], choices: readonly MappedColumn[]): MappedColumn[] {
  const chosen = new Map(choices.map((c) => [c.header, c]));
  const merged = columns.map((c) => chosen.get(c.header) ?? c);
  const inFile = new Set(columns.map((c) => c.header));
  return [...merged, ...choices.filter((c) => !inFile.has(c.header))];
}

/**
 * The files each `--mapping NAME` reads: the given file of the mapping's kind. A name nobody saved
 * is refused listing the saved names; a mapping whose kind no given file holds, too.
 */
export async function mappingsOfFiles(api: Api, names: readonly string[], kinds: readonly ImportKind[]): Promise<Map<ImportKind, string>> {
  const byKind = new Map<ImportKind, string>();
  if (names.length === 0) return byKind;
  const saved = await api['import.mappings']({});
  for (const name of names) {
    const mapping = saved.find((m) => m.name === name.trim());
    if (!mapping)
      throw badInput(
        unknownMappingName(
          name,
          saved.map((m) => m.name),
        ),
      );
    if (!kinds.includes(mapping.kind)) throw usageError('columnMapping.noFileFor', { name: mapping.name, kind: kindWord(mapping.kind) });
    byKind.set(mapping.kind, mapping.name);
  }
  return byKind;
}
