import { badInput, type AppError } from '../../../shared/api/errors';
import { message, type Sentence } from '../../../shared/i18n';
import type { ColumnSpec } from './headers';

/** Largest file we read; the API carries at most ~50 MB of base64 anyway. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Default limit on data rows in one file. */
export const DEFAULT_MAX_ROWS = 100_000;

// File-level problems: each names the file and says what to do, in both languages.

export function emptyFile(fileName: string): AppError {
  return badInput(message('importProblem.emptyFile', { fileName }), { fileName, problem: 'empty' });
}

export function tooLarge(fileName: string, bytes: number): AppError {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return badInput(message('importProblem.tooLarge', { fileName, mb }), { fileName, problem: 'too_large', bytes });
}

export function tooManyRows(fileName: string, rows: number, maxRows: number): AppError {
  return badInput(message('importProblem.tooManyRows', { fileName, rows, maxRows }), { fileName, problem: 'too_many_rows', rows, maxRows });
}

export function binaryFile(fileName: string): AppError {
  return badInput(message('importProblem.binaryFile', { fileName }), { fileName, problem: 'binary' });
}

export function unknownEncoding(fileName: string): AppError {
  return badInput(message('importProblem.unknownEncoding', { fileName }), { fileName, problem: 'unknown_encoding' });
}

export function notCsvOrXlsx(fileName: string): AppError {
  return badInput(message('importProblem.notCsvOrXlsx', { fileName }), { fileName, problem: 'unsupported_type' });
}

export function oldExcelFile(fileName: string): AppError {
  return badInput(message('importProblem.oldExcelFile', { fileName }), { fileName, problem: 'old_excel' });
}

export function brokenWorkbook(fileName: string, reason: string): AppError {
  return badInput(message('importProblem.brokenWorkbook', { fileName }), { fileName, problem: 'broken_workbook', reason });
}

export function noWorksheet(fileName: string): AppError {
  return badInput(message('importProblem.noWorksheet', { fileName }), { fileName, problem: 'no_worksheet' });
}

export function missingColumns(fileName: string, missing: readonly ColumnSpec[]): AppError {
  const columns = missing.map(columnAccepted);
  return badInput(message('importProblem.missingColumns', { fileName, count: missing.length, columns }), {
    fileName,
    problem: 'missing_columns',
    missing: missing.map((m) => m.field),
  });
}

export function duplicateColumn(fileName: string, spec: ColumnSpec, headers: string[]): AppError {
  return badInput(
    message('importProblem.duplicateColumn', { fileName, column: columnNamed(spec), headers: headers.map((h) => `"${h}"`) }),
    { fileName, problem: 'duplicate_column', field: spec.field, headers },
  );
}

export function badOption(name: string, value: unknown): AppError {
  return badInput(message('importProblem.badOption', { name, value: String(value) }), { problem: 'bad_option', name });
}

/** "Longitude (lng)": a column's name with the header a template uses, so either can be found in the file. */
function columnNamed(spec: ColumnSpec): Sentence {
  return message('importProblem.columnNamed', { column: spec.label, field: spec.field });
}

/**
 * "Latitude (header "lat", "纬度" or "latitude")": a column the file lacks, by the catalogue's name
 * and every header that would be read as it, so the dispatcher can add one their way.
 */
function columnAccepted(spec: ColumnSpec): Sentence {
  const headers = [spec.field, ...spec.aliases].map((h) => `"${h}"`);
  return message('importProblem.columnAccepted', { column: spec.label, headers });
}
