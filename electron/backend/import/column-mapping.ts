import { IGNORE_COLUMN, type ColumnMapping, type ImportField, type MappedColumn } from '../../../shared/api/column-mapping';
import { message } from '../../../shared/i18n';
import { mappingProblems, type MappingProblem } from '../../../shared/logic/column-mapping';
import { headerLookup, normalizeHeader, type ColumnSpec, type MappedHeader } from './headers';
import type { KindColumns } from './import-columns';

/** Picks the saved mapping to read a file with from its layout (its signature), or null for none. */
export type ChooseMapping = (signature: readonly string[]) => ColumnMapping | null;

/** A file layout's signature: its non-blank header cells in order, each in the form headers are compared in. */
export function layoutSignature(header: readonly string[]): string[] {
  return header.map((cell) => normalizeHeader(cell.trim())).filter((cell) => cell !== '');
}

/** One text for a signature, to store and compare layouts by. */
export function layoutKey(signature: readonly string[]): string {
  return signature.map(normalizeHeader).join('\u001f');
}

/** How a mapping reads a header: its column, null when ignored, undefined when the mapping does not list it. */
export function mappedHeader(mapping: Pick<ColumnMapping, 'columns'>, specs: readonly ColumnSpec[]): MappedHeader {
  const byField = new Map(specs.map((s) => [s.field, s]));
  // A header listed twice: the later choice stands (a repeated --column corrects an earlier one).
  const chosen = new Map(mapping.columns.map((c) => [normalizeHeader(c.header), c.field]));
  return (header) => {
    const field = chosen.get(normalizeHeader(header));
    if (field === undefined) return undefined;
    return field === IGNORE_COLUMN ? null : (byField.get(field) ?? null);
  };
}

/**
 * How each non-blank header reads: by the mapping's choice (when given), else by name or alias,
 * else ignored. `header` is the file's header row, or a saved signature.
 */
export function readColumns(header: readonly string[], specs: readonly ColumnSpec[], mapping: ColumnMapping | null): MappedColumn[] {
  const lookup = headerLookup(specs);
  const chosen = mapping ? mappedHeader(mapping, specs) : () => undefined;
  return header
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .map((text) => {
      const choice = chosen(text);
      const spec = choice === undefined ? lookup(text) : choice;
      return { header: text, field: spec?.field ?? IGNORE_COLUMN };
    });
}

/** The fields a file of these columns may have, as the mapping step offers them. */
export function importFields({ columns, required }: KindColumns): ImportField[] {
  return columns.map((spec) => ({ field: spec.field, label: spec.label, required: required.includes(spec.field) }));
}

/**
 * What is wrong with a mapping before it is saved: a column not in its layout or given an unknown
 * field, then the shared rule over how every column of the layout would read with it. Headers are
 * quoted as the mapping spells them.
 */
export function checkMapping(mapping: ColumnMapping, kindColumns: KindColumns): MappingProblem[] {
  const fields = importFields(kindColumns);
  const known = new Set([IGNORE_COLUMN, ...fields.map((f) => f.field)]);
  const inLayout = new Set(mapping.signature.map(normalizeHeader));
  const own = mapping.columns.flatMap((c): MappingProblem[] => {
    if (!inLayout.has(normalizeHeader(c.header)))
      return [{ field: c.field, headers: [c.header], message: message('columnMapping.notInLayout', { header: c.header }) }];
    if (!known.has(c.field)) return mappingProblems([c], fields).filter((p) => p.headers.length > 0);
    return [];
  });
  const spelled = new Map(mapping.columns.map((c) => [normalizeHeader(c.header), c.header]));
  const layout = mapping.signature.map((cell) => spelled.get(normalizeHeader(cell)) ?? cell);
  const asRead = readColumns(layout, kindColumns.columns, mapping);
  return [...own, ...mappingProblems(asRead, fields)];
}
