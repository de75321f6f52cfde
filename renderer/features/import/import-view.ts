import { columnOfError, type ImportReport, type RowError } from '../../../shared/api/import-report';
import type { MessageKey } from '../../i18n/language';
import { pickMessage, type Language } from '../../i18n/language';

/** At most this many row errors are listed; a file with thousands of bad rows stays readable. */
export const MAX_ERROR_ROWS = 200;

/** One row of the errors table, ready to print. */
export interface ErrorRowView {
  /** Stable React key (several errors can share a line). */
  key: string;
  line: string;
  /** The column as the file heads it (`纬度`, `Latitude`), not the canonical field. */
  column: string;
  value: string;
  reason: string;
}

/** Words for the back end's "whole file" (line 0) and "whole row" (`*`) markers. */
export interface WholeLabels {
  wholeFile: string;
  wholeRow: string;
}

/** The first `limit` errors as table rows in the given language, and how many were left out. */
export function errorRows(
  errors: readonly RowError[],
  language: Language,
  labels: WholeLabels,
  limit = MAX_ERROR_ROWS,
): { rows: ErrorRowView[]; moreCount: number } {
  const rows = errors.slice(0, limit).map((error, index) => ({
    key: `${index}:${error.line}:${error.field}`,
    line: error.line === 0 ? labels.wholeFile : String(error.line),
    column: error.field === '*' ? labels.wholeRow : pickMessage(columnOfError(error), language),
    value: error.value,
    reason: pickMessage(error.message, language),
  }));
  return { rows, moreCount: Math.max(0, errors.length - limit) };
}

/** Which import buttons a checked file allows. */
export interface ImportChoices {
  /** Everything is valid: import the whole file. */
  canImportAll: boolean;
  /** Some rows have errors but others are fine: offer to import those only. */
  canImportValidOnly: boolean;
  validCount: number;
}

/** Import is for clean files; "valid rows only" for files with errors and at least one good row. */
export function importChoices(report: ImportReport | null): ImportChoices {
  if (!report) return { canImportAll: false, canImportValidOnly: false, validCount: 0 };
  const hasErrors = report.errors.length > 0;
  return {
    canImportAll: !hasErrors && report.validCount > 0,
    canImportValidOnly: hasErrors && report.validCount > 0,
    validCount: report.validCount,
  };
}

/** A translated sentence: dictionary key plus the values for its placeholders. */
export interface Phrase {
  key: MessageKey;
  values: Record<string, string | number>;
}

/** What a report means in one sentence: the preview's "would add…" or the stored counts. */
export function outcomePhrase(report: ImportReport): Phrase {
  const values = { inserted: report.inserted, updated: report.updated };
  if (report.written) return { key: 'import.stored', values };
  if (report.dryRun) return { key: 'import.wouldAdd', values };
  return { key: 'import.nothingStored', values };
}

/** The facts listed above the errors table, in display order. */
export function previewFacts(report: ImportReport): { label: MessageKey; value: string }[] {
  const facts: { label: MessageKey; value: string }[] = [
    { label: 'import.fact.file', value: report.fileName },
    { label: 'import.fact.encoding', value: report.encoding },
    { label: 'import.fact.rows', value: String(report.rowCount) },
    { label: 'import.fact.valid', value: String(report.validCount) },
  ];
  if (report.ignoredColumns.length > 0) facts.push({ label: 'import.fact.ignored', value: report.ignoredColumns.join(', ') });
  return facts;
}
