import ExcelJS from 'exceljs';
import { brokenWorkbook, noWorksheet } from './file-errors';
import type { RawRow } from './types';

type CellValue = ExcelJS.CellValue;

/**
 * Reads the first worksheet of an XLSX file into text rows numbered by sheet row, turning each
 * cell into the text a CSV export would hold: numbers without float noise, time cells `HH:MM`,
 * date cells `YYYY-MM-DD`, rich text joined, formulas as their cached result. Blank rows are dropped.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its Buffer as an ArrayBuffer; at run time it hands the bytes to JSZip, which takes a Node Buffer.
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer;
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    throw brokenWorkbook(fileName, error instanceof Error ? error.message : String(error));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw noWorksheet(fileName);
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col += 1) {
      const cell = row.getCell(col);
      cells.push(cellText(cell.value, cell.numFmt));
    }
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowNumber, cells });
  });
  return rows;
}

/** The text of one cell value, as Excel would write it to CSV for the common formats. */
export function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value, numFmt);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null, numFmt);
  if ('text' in value) return value.text;
  return '';
}

/** Excel keeps 15 significant digits; dropping the rest removes noise such as 0.30000000000000004. */
function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/**
 * exceljs gives date/time cells as JS Dates whose UTC fields hold the wall-clock values. The number
 * format says whether the cell shows a time, a date or both; without one, Excel's day zero
 * (1899-12-30) means a time of day only.
 */
function dateText(value: Date, numFmt: string | undefined): string {
  const rounded = new Date(Math.round(value.getTime() / 60_000) * 60_000);
  const iso = rounded.toISOString();
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  const fmt = (numFmt ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '').toLowerCase();
  const showsDate = /[yd]/.test(fmt) || (fmt === '' && date !== '1899-12-30' && date !== '1899-12-31');
  const showsTime = /[hs]/.test(fmt) || (fmt === '' && time !== '00:00');
  if (showsDate && showsTime) return `${date} ${time}`;
  if (showsTime) return time;
  return date;
}
