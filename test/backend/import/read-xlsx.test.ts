import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, readXlsx } from '../../../electron/backend/import/read-xlsx';

describe('cellText: XLSX cells become the text a CSV export would hold', () => {
  it('numbers lose float noise; booleans, rich text, hyperlinks, errors and formulas read as shown', () => {
    expect(cellText(0.1 + 0.2, undefined)).toBe('0.3');
    expect(cellText(121.4737, undefined)).toBe('121.4737');
    expect(cellText(13800000001, undefined)).toBe('13800000001');
    expect(cellText(true, undefined)).toBe('TRUE');
    expect(cellText({ richText: [{ text: '测试' }, { text: '路' }] }, undefined)).toBe('测试路');
    expect(cellText({ text: 'link', hyperlink: 'mailto:x@example.com' }, undefined)).toBe('link');
    expect(cellText({ error: '#N/A' }, undefined)).toBe('#N/A');
    expect(cellText({ formula: 'A1*2', result: 90 }, undefined)).toBe('90');
    expect(cellText({ formula: 'TODAY()', result: new Date(Date.UTC(2026, 10, 23)) }, 'yyyy-mm-dd')).toBe('2026-11-23');
    expect(cellText(null, undefined)).toBe('');
  });

  it('dates and times follow the number format, or Excel day zero when there is none', () => {
    const nine = new Date(Date.UTC(1899, 11, 30, 9, 0));
    expect(cellText(nine, 'hh:mm')).toBe('09:00');
    expect(cellText(nine, '[$-F400]h:mm:ss AM/PM')).toBe('09:00');
    expect(cellText(nine, undefined)).toBe('09:00');
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 8, 59, 59, 990)), 'h:mm')).toBe('09:00');
    expect(cellText(new Date(Date.UTC(2026, 10, 23)), 'yyyy"年"m"月"d"日"')).toBe('2026-11-23');
    expect(cellText(new Date(Date.UTC(2026, 10, 23)), undefined)).toBe('2026-11-23');
    expect(cellText(new Date(Date.UTC(2026, 10, 23, 14, 30)), 'yyyy-mm-dd hh:mm')).toBe('2026-11-23 14:30');
  });
});

describe('readXlsx', () => {
  it('numbers rows by sheet row, skips blank rows and reads stored time and number cells', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('S');
    sheet.getCell('A1').value = 'shift_start';
    sheet.getCell('B1').value = 'max_visits';
    sheet.getCell('A3').value = 0.375; // 09:00 as Excel stores it
    sheet.getCell('A3').numFmt = 'hh:mm';
    sheet.getCell('B3').value = 12;
    const rows = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()), 's.xlsx');
    expect(rows).toEqual([
      { line: 1, cells: ['shift_start', 'max_visits'] },
      { line: 3, cells: ['09:00', '12'] },
    ]);
  });
});
