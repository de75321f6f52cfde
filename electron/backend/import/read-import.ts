import type { ImportKind, RowError } from '../../../shared/api/import-report';
import { message } from '../../../shared/i18n';
import type { Label } from './cells';
import { DEFAULT_MAX_ROWS, badOption, tooManyRows } from './file-errors';
import { layoutSignature, mappedHeader, type ChooseMapping } from './column-mapping';
import { mapHeader, type ColumnSpec, type HeaderMap } from './headers';
import { readTable } from './read-table';
import { RowReader, shorten } from './row-reader';
import type { ParsedImport, RawRow } from './types';

/** What differs between importing visits and officers. */
export interface ImportSpec<T> {
  kind: ImportKind;
  columns: readonly ColumnSpec[];
  required: readonly string[];
  /** The column whose value must be unique within the file. */
  idField: string;
  /** Further columns that, with the id, make a row's key (an officer appears once per date); none by default. */
  keyFields?: readonly string[];
  /** Parses one row; records problems on the reader and returns undefined when there are any. */
  parseRow(reader: RowReader): T | undefined;
}

/**
 * Reads a file with the shared steps — table, header (read through the saved column mapping
 * `chooseMapping` picks for its layout, if any), row count limit, field counts, duplicate ids — and
 * the spec's row parser. File problems throw; row problems become RowErrors.
 */
export async function readImport<T>(
  bytes: Uint8Array,
  fileName: string,
  spec: ImportSpec<T>,
  maxRows = DEFAULT_MAX_ROWS,
  chooseMapping: ChooseMapping = () => null,
): Promise<ParsedImport<T>> {
  if (!Number.isInteger(maxRows) || maxRows < 1) throw badOption('maxRows', maxRows);
  const table = await readTable(bytes, fileName);
  const [header, ...records] = table.rows;
  const mapping = chooseMapping(layoutSignature(header.cells));
  const chosen = mapping ? mappedHeader(mapping, spec.columns) : undefined;
  const headerMap = mapHeader(header.cells, spec.columns, spec.required, fileName, chosen);
  if (records.length > maxRows) throw tooManyRows(fileName, records.length, maxRows);

  const labels = new Map<string, Label>(spec.columns.map((c) => [c.field, c.label]));
  const firstLineOfId = new Map<string, number>();
  const valid: ParsedImport<T>['valid'] = [];
  const errors: RowError[] = [];
  for (const record of records) {
    const shapeError = table.strictWidth ? checkShape(record, headerMap.width) : checkQuotes(record);
    if (shapeError) {
      errors.push(shapeError);
      continue;
    }
    const reader = new RowReader(record.line, cellsByField(record, headerMap), labels, headerMap.headers);
    const value = spec.parseRow(reader);
    checkDuplicate(reader, spec.idField, spec.keyFields ?? [], firstLineOfId);
    if (value !== undefined && reader.errors.length === 0) valid.push({ line: record.line, value });
    else errors.push(...reader.errors);
  }
  return {
    kind: spec.kind,
    fileName,
    encoding: table.encoding,
    rowCount: records.length,
    valid,
    errors,
    ignoredColumns: headerMap.ignored,
    headers: headerMap.headers,
    mappingUsed: mapping?.name ?? null,
  };
}

function cellsByField(record: RawRow, headerMap: HeaderMap): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [field, index] of headerMap.index) cells.set(field, record.cells[index] ?? '');
  return cells;
}

/** A CSV record must have the header's number of fields; extra fields that are all empty are padding. */
function checkShape(record: RawRow, width: number): RowError | null {
  const quoteError = checkQuotes(record);
  if (quoteError) return quoteError;
  const count = record.cells.length;
  const extraFilled = record.cells.slice(width).some((c) => c.trim() !== '');
  if (count >= width && !extraFilled) return null;
  return {
    line: record.line,
    field: '*',
    header: '*',
    value: shorten(record.cells.join(',')),
    message: message('importProblem.wrongFieldCount', { count, width }),
  };
}

function checkQuotes(record: RawRow): RowError | null {
  if (!record.quoteError) return null;
  return {
    line: record.line,
    field: '*',
    header: '*',
    value: shorten(record.cells.join(',')),
    message: message('importProblem.unclosedQuote'),
  };
}

/** Second and later rows with an id already seen are errors that name the first row's line. */
function checkDuplicate(reader: RowReader, idField: string, keyFields: readonly string[], firstLineOfId: Map<string, number>): void {
  if (reader.text(idField) === '') return;
  const id = [idField, ...keyFields].map((field) => reader.text(field)).join(' ');
  const first = firstLineOfId.get(id);
  if (first === undefined) {
    firstLineOfId.set(id, reader.line);
    return;
  }
  reader.fail(idField, message('importProblem.duplicateId', { column: reader.label(idField), id, first }));
}
