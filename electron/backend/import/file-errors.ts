import { badInput, type AppError } from '../../../shared/api/errors';

/** Largest file we read; the API carries at most ~50 MB of base64 anyway. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Default limit on data rows in one file. */
export const DEFAULT_MAX_ROWS = 100_000;

// File-level problems: each names the file and says what to do, in both languages.

export function emptyFile(fileName: string): AppError {
  return badInput(`The file "${fileName}" is empty: it has no header and no rows.`, `文件“${fileName}”是空的：没有表头也没有数据行。`, { fileName, problem: 'empty' });
}

export function tooLarge(fileName: string, bytes: number): AppError {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return badInput(
    `The file "${fileName}" is ${mb} MB; files larger than 50 MB cannot be imported. Split it into smaller files.`,
    `文件“${fileName}”大小为 ${mb} MB，超过 50 MB 的文件无法导入，请拆分成多个较小的文件。`,
    { fileName, problem: 'too_large', bytes },
  );
}

export function tooManyRows(fileName: string, rows: number, maxRows: number): AppError {
  return badInput(
    `The file "${fileName}" has ${rows} data rows; at most ${maxRows} can be imported at once. Split it into smaller files.`,
    `文件“${fileName}”有 ${rows} 行数据，一次最多可导入 ${maxRows} 行，请拆分成多个较小的文件。`,
    { fileName, problem: 'too_many_rows', rows, maxRows },
  );
}

export function binaryFile(fileName: string): AppError {
  return badInput(
    `The file "${fileName}" is not a text file (it looks like binary data). Save it from Excel as CSV or XLSX and try again.`,
    `文件“${fileName}”不是文本文件（看起来是二进制数据），请在 Excel 中另存为 CSV 或 XLSX 后重试。`,
    { fileName, problem: 'binary' },
  );
}

export function unknownEncoding(fileName: string): AppError {
  return badInput(
    `The text encoding of "${fileName}" could not be recognised (it is neither UTF-8 nor GBK/GB18030). Save it as "CSV UTF-8" and try again.`,
    `无法识别文件“${fileName}”的文字编码（既不是 UTF-8 也不是 GBK/GB18030），请另存为“CSV UTF-8”格式后重试。`,
    { fileName, problem: 'unknown_encoding' },
  );
}

export function notCsvOrXlsx(fileName: string): AppError {
  return badInput(
    `The file "${fileName}" is not a CSV or XLSX file. Only .csv, .txt, .tsv and .xlsx files can be imported.`,
    `文件“${fileName}”不是 CSV 或 XLSX 文件，只能导入 .csv、.txt、.tsv 和 .xlsx 文件。`,
    { fileName, problem: 'unsupported_type' },
  );
}

export function oldExcelFile(fileName: string): AppError {
  return badInput(
    `The file "${fileName}" is an old Excel 97–2003 (.xls) or password-protected workbook. Save it as .xlsx (without a password) or as CSV and try again.`,
    `文件“${fileName}”是旧版 Excel 97–2003（.xls）或设有密码的工作簿，请另存为无密码的 .xlsx 或 CSV 后重试。`,
    { fileName, problem: 'old_excel' },
  );
}

export function brokenWorkbook(fileName: string, reason: string): AppError {
  return badInput(
    `The file "${fileName}" could not be opened as an Excel workbook; it may be damaged. Open it in Excel, save it again as .xlsx, and retry.`,
    `文件“${fileName}”无法作为 Excel 工作簿打开，可能已损坏。请用 Excel 打开后重新保存为 .xlsx 再试。`,
    { fileName, problem: 'broken_workbook', reason },
  );
}

export function noWorksheet(fileName: string): AppError {
  return badInput(
    `The workbook "${fileName}" has no worksheet to read.`,
    `工作簿“${fileName}”中没有可读取的工作表。`,
    { fileName, problem: 'no_worksheet' },
  );
}

export function missingColumns(fileName: string, missing: { field: string; zh: string }[]): AppError {
  const en = missing.map((m) => m.field).join(', ');
  const zh = missing.map((m) => `${m.zh}（${m.field}）`).join('、');
  return badInput(
    `The file "${fileName}" lacks required column(s): ${en}. Add them to the header row (first row).`,
    `文件“${fileName}”缺少必需的列：${zh}，请在表头（第一行）中添加。`,
    { fileName, problem: 'missing_columns', missing: missing.map((m) => m.field) },
  );
}

export function duplicateColumn(fileName: string, field: string, headers: string[]): AppError {
  const both = headers.map((h) => `"${h}"`).join(', ');
  return badInput(
    `The file "${fileName}" has the column ${field} more than once (${both}); keep only one.`,
    `文件“${fileName}”中 ${field} 列出现了多次（${both}），请只保留一列。`,
    { fileName, problem: 'duplicate_column', field, headers },
  );
}

export function badOption(name: string, value: unknown): AppError {
  return badInput(
    `The import setting ${name} has an invalid value (${String(value)}).`,
    `导入设置 ${name} 的值无效（${String(value)}）。`,
    { problem: 'bad_option', name },
  );
}
