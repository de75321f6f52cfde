import { decodeText, startsWith } from './decode';
import { emptyFile, MAX_FILE_BYTES, notCsvOrXlsx, oldExcelFile, brokenWorkbook, tooLarge } from './file-errors';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { RawTable } from './types';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: Excel 97–2003 .xls, or an encrypted .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv', '']);
const XLSX_EXTENSIONS = new Set(['xlsx', 'xlsm']);

/**
 * Reads a CSV or XLSX file into text rows (header first, blank rows dropped). The content decides
 * over the name where that helps the user: an .xlsx renamed to .csv is still read as a workbook.
 * Throws a bad-input error naming the file for anything that is not a readable table.
 */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<RawTable> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw tooLarge(fileName, bytes.byteLength);
  if (bytes.byteLength === 0) throw emptyFile(fileName);
  const ext = extensionOf(fileName);
  const isZip = startsWith(bytes, ZIP_MAGIC);
  const isOle = startsWith(bytes, OLE_MAGIC);
  if (ext === 'xls' || ((XLSX_EXTENSIONS.has(ext) || TEXT_EXTENSIONS.has(ext)) && isOle)) throw oldExcelFile(fileName);
  if (XLSX_EXTENSIONS.has(ext) && !isZip) throw brokenWorkbook(fileName, 'not a zip archive');
  if (!XLSX_EXTENSIONS.has(ext) && !TEXT_EXTENSIONS.has(ext)) throw notCsvOrXlsx(fileName);

  if (isZip) {
    const rows = await readXlsx(bytes, fileName);
    if (rows.length === 0) throw emptyFile(fileName);
    return { encoding: 'xlsx', rows, strictWidth: false };
  }
  const { text, encoding } = decodeText(bytes, fileName);
  if (text.trim() === '') throw emptyFile(fileName);
  const rows = readCsv(text);
  if (rows.length === 0) throw emptyFile(fileName);
  return { encoding, rows, strictWidth: true };
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}
