import { message, type MessageKey, type Sentence } from '../../../shared/i18n';
import { duplicateColumn, missingColumns } from './file-errors';

/** One column a file may have: canonical name, name shown in messages, and accepted header aliases. */
export interface ColumnSpec {
  /** Canonical English header, also the `field` of row errors (`visit_id`). */
  field: string;
  /** Short name used inside messages ("Latitude" / "纬度"), from the catalogue's `column.*`. */
  label: Sentence;
  /** Other headers meaning the same column, mostly Chinese. */
  aliases: readonly string[];
}

type FieldOf<K> = K extends `column.${infer F}` ? F : never;
/** A canonical header the catalogue names (`column.visit_id`). */
export type ColumnField = FieldOf<MessageKey>;

/** A column named by its `column.<field>` entry in the catalogue. */
export function column(field: ColumnField, aliases: readonly string[]): ColumnSpec {
  return { field, label: message(`column.${field}`), aliases };
}

/** Where each known column sits in the file, and the headers nobody asked for. */
export interface HeaderMap {
  /** Canonical field → 0-based cell index. */
  index: Map<string, number>;
  /** Canonical field → its header as the file spells it (trimmed), so errors can quote it. */
  headers: Map<string, string>;
  /** Header cells that matched no column, as written. */
  ignored: string[];
  /** Number of header cells up to the last non-empty one (trailing empty header cells are padding). */
  width: number;
}

/**
 * Canonical form of a header: full-width characters folded (NFKC), case, spaces, `_` and `-`
 * ignored, and a trailing `*` (a "required" marker some templates use) dropped.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-*]+/g, '');
}

/** Finds the column a header names, by canonical name or alias. */
export type HeaderLookup = (header: string) => ColumnSpec | undefined;

/** The lookup of `specs`: a header like `纬度(lat)` is also tried without its bracketed part. */
export function headerLookup(specs: readonly ColumnSpec[]): HeaderLookup {
  const byName = new Map<string, ColumnSpec>();
  for (const spec of specs) {
    for (const name of [spec.field, ...spec.aliases]) byName.set(normalizeHeader(name), spec);
  }
  return (text) => byName.get(normalizeHeader(text)) ?? byName.get(normalizeHeader(text.replace(/[(（][^)）]*[)）]/gu, '')));
}

/** What a saved column mapping reads a header as: a column, null (ignored), or undefined when it does not say. */
export type MappedHeader = (header: string) => ColumnSpec | null | undefined;

/**
 * Matches a header row to the column specs: by a saved column mapping's choice first (`chosen`,
 * see column-mapping.ts), else by name or alias. Throws a bad-input error naming the file when a
 * required column is missing or a column appears twice.
 */
export function mapHeader(
  header: string[],
  specs: readonly ColumnSpec[],
  required: readonly string[],
  fileName: string,
  chosen: MappedHeader = () => undefined,
): HeaderMap {
  const lookup = headerLookup(specs);
  const index = new Map<string, number>();
  const headers = new Map<string, string>();
  const ignored: string[] = [];
  let width = 0;
  header.forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') return;
    width = i + 1;
    const choice = chosen(text);
    const spec = choice === undefined ? lookup(text) : choice;
    if (!spec) {
      ignored.push(text);
      return;
    }
    const earlier = index.get(spec.field);
    if (earlier !== undefined) throw duplicateColumn(fileName, spec, [header[earlier].trim(), text]);
    index.set(spec.field, i);
    headers.set(spec.field, text);
  });
  const missing = specs.filter((s) => required.includes(s.field) && !index.has(s.field));
  if (missing.length > 0) throw missingColumns(fileName, missing);
  return { index, headers, ignored, width };
}
