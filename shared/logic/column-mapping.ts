import { IGNORE_COLUMN, type ImportField, type MappedColumn } from '../api/column-mapping';
import type { ImportKind } from '../api/import-report';
import { message, type Sentence } from '../i18n';

/** Something wrong with how a file's columns are read: the field it is about, the headers involved. */
export interface MappingProblem {
  /** The canonical field (`visit_id`), or the unknown name a column was given. */
  field: string;
  /** The file's headers the problem is about; empty for a required field no column reads as. */
  headers: string[];
  message: Sentence;
}

/**
 * The one rule for a column mapping, used by the dialog as the dispatcher chooses and by the back
 * end before saving: every column reads as a known field or is ignored, no field is read from two
 * columns, and every required field is read from one. `columns` is how every column of the file
 * reads (the mapping's choices, the others by their name).
 */
export function mappingProblems(columns: readonly MappedColumn[], fields: readonly ImportField[]): MappingProblem[] {
  const known = new Map(fields.map((f) => [f.field, f]));
  const problems: MappingProblem[] = [];
  const headersOf = new Map<string, string[]>();
  for (const { header, field } of columns) {
    if (field === IGNORE_COLUMN) continue;
    if (!known.has(field)) {
      problems.push({ field, headers: [header], message: message('columnMapping.unknownField', { header, field }) });
      continue;
    }
    headersOf.set(field, [...(headersOf.get(field) ?? []), header]);
  }
  for (const [field, headers] of headersOf) {
    if (headers.length < 2) continue;
    const quoted = headers.map((h) => `"${h}"`);
    problems.push({ field, headers, message: message('columnMapping.mappedTwice', { column: known.get(field)!.label, headers: quoted }) });
  }
  const missing = fields.filter((f) => f.required && !headersOf.has(f.field));
  if (missing.length > 0) {
    const labels = missing.map((f) => f.label);
    const sentence = message('columnMapping.requiredUnmapped', { count: missing.length, columns: labels });
    problems.push(...missing.map((f) => ({ field: f.field, headers: [], message: sentence })));
  }
  return problems;
}

/** The sentences of `problems`, each once (a missing-fields sentence names them all). */
export function problemSentences(problems: readonly MappingProblem[]): Sentence[] {
  const byText = new Map<string, Sentence>();
  for (const { message: sentence } of problems) if (!byText.has(sentence.en)) byText.set(sentence.en, sentence);
  return [...byText.values()];
}

/** How sentences name the kind of a file: as the import dialog's choice of what the file holds. */
export function kindWord(kind: ImportKind): Sentence {
  return message(`import.kind.${kind}`);
}

/** The refusal of a mapping name nobody saved, listing the saved names so the right one can be typed. */
export function unknownMappingName(name: string, savedNames: readonly string[]): Sentence {
  if (savedNames.length === 0) return message('columnMapping.noneSaved', { name });
  return message('columnMapping.unknownName', { name, count: savedNames.length, names: savedNames.map((n) => `"${n}"`) });
}

/** The refusal of a mapping saved for another kind of file. */
export function mappingOfOtherKind(name: string, mappingKind: ImportKind, kind: ImportKind): Sentence {
  return message('columnMapping.wrongKind', { name, mappingKind: kindWord(mappingKind), kind: kindWord(kind) });
}
