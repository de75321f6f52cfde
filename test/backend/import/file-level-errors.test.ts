import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { readOfficersFile, readVisitsFile } from '../../../electron/backend/import';
import { utf8, visitsCsv } from './helpers';

/** Runs a read that must fail with a bad-input error naming the file; returns the error. */
async function fileError(read: Promise<unknown>, fileName: string): Promise<AppError> {
  const error = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe('bad_input');
  expect(appError.userMessage.en).toContain(fileName);
  expect(appError.userMessage.zh).toContain(fileName);
  return appError;
}

describe('file-level problems throw AppError(bad_input) naming the file', () => {
  it('empty file, whitespace-only file, BOM-only file', async () => {
    for (const bytes of [new Uint8Array(0), utf8(' \r\n\r\n'), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      const error = await fileError(readVisitsFile(bytes, 'empty.csv'), 'empty.csv');
      expect(error.userMessage.en).toMatch(/is empty/);
    }
  });

  it('binary data', async () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    expect((await fileError(readVisitsFile(bytes, 'photo.csv'), 'photo.csv')).userMessage.en).toMatch(/not a text file/);
  });

  it('unknown encoding (Latin-1 text is neither UTF-8 nor Chinese)', async () => {
    const bytes = Buffer.from('visit_id,customer_name\nV1,Jos\xe9 M\xe1laga\n', 'latin1');
    expect((await fileError(readVisitsFile(bytes, 'latin.csv'), 'latin.csv')).userMessage.en).toMatch(
      /encoding .* could not be recognised/,
    );
  });

  // Latitude and longitude are not required: rows without them wait to be geocoded (issue 20).
  it('missing required headers, all listed in both languages with the headers that would be read as them', async () => {
    const error = await fileError(
      readVisitsFile(utf8('visit_id,kind,customer_id,customer_name,address,lat\nV1,催收,C1,T,Road,31\n'), 'v.csv'),
      'v.csv',
    );
    expect(error.userMessage.en).toContain(
      'lacks 3 required columns: Visit date (header "date", "日期", "外访日期", "走访日期", "拜访日期", or "visit_date"), ' +
        'Appointment windows (header "windows", "预约时段", "时间窗", "预约时间", or "time_windows"), ' +
        'and Approval number (header "approval_ref", "审批编号", or "审批单号"). Add them to the header row',
    );
    expect(error.userMessage.zh).toContain(
      '缺少 3 个必需的列：走访日期（表头写作 "date"、"日期"、"外访日期"、"走访日期"、"拜访日期"或"visit_date"）、' +
        '预约时段（表头写作 "windows"、"预约时段"、"时间窗"、"预约时间"或"time_windows"）' +
        '和审批编号（表头写作 "approval_ref"、"审批编号"或"审批单号"），请在表头',
    );
    expect(error.details).toMatchObject({ missing: ['date', 'windows', 'approval_ref'] });
    await fileError(readOfficersFile(utf8('officer_id,name\nO1,T\n'), 'o.csv'), 'o.csv');
  });

  it('one missing header is named in the singular', async () => {
    const header = 'visit_id,date,kind,customer_id,customer_name,address,lat,lng,windows\n';
    const error = await fileError(readVisitsFile(utf8(header), 'v.csv'), 'v.csv');
    expect(error.userMessage.en).toContain(
      'lacks the required column Approval number (header "approval_ref", "审批编号", or "审批单号"). Add it to the header row',
    );
    expect(error.userMessage.zh).toContain('缺少 1 个必需的列：审批编号（表头写作 "approval_ref"、"审批编号"或"审批单号"）');
  });

  it('the same column twice (once in English, once in Chinese)', async () => {
    const text = 'visit_id,date,kind,customer_id,customer_name,address,lat,lng,windows,approval_ref,纬度\n';
    const error = await fileError(readVisitsFile(utf8(text), 'v.csv'), 'v.csv');
    expect(error.userMessage.en).toContain('has the column Latitude (lat) more than once ("lat" and "纬度")');
    expect(error.userMessage.zh).toContain('纬度（lat）列出现了多次（"lat"和"纬度"）');
  });

  it('too many rows for maxRows', async () => {
    const rows = Array.from({ length: 6 }, () => ({}));
    const error = await fileError(readVisitsFile(visitsCsv(rows), 'big.csv', { maxRows: 5 }), 'big.csv');
    expect(error.userMessage.en).toMatch(/has 6 data rows; at most 5/);
    expect((await readVisitsFile(visitsCsv(rows), 'ok.csv', { maxRows: 6 })).valid).toHaveLength(6);
  });

  it('a file over 50 MB', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61);
    expect((await fileError(readVisitsFile(bytes, 'huge.csv'), 'huge.csv')).userMessage.en).toMatch(/50\.0 MB; files larger than 50 MB/);
  });

  it('an XLSX without a worksheet, a damaged XLSX and an empty worksheet', async () => {
    const none = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    expect((await fileError(readVisitsFile(none, 'none.xlsx'), 'none.xlsx')).userMessage.en).toMatch(/has no worksheet/);
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    expect((await fileError(readVisitsFile(damaged, 'bad.xlsx'), 'bad.xlsx')).userMessage.en).toMatch(
      /could not be opened as an Excel workbook/,
    );
    expect((await fileError(readVisitsFile(utf8('a,b\n1,2\n'), 'text.xlsx'), 'text.xlsx')).userMessage.en).toMatch(/could not be opened/);
    const blankBook = new ExcelJS.Workbook();
    blankBook.addWorksheet('Empty');
    const blank = new Uint8Array(await blankBook.xlsx.writeBuffer());
    expect((await fileError(readVisitsFile(blank, 'blank.xlsx'), 'blank.xlsx')).userMessage.en).toMatch(/is empty/);
  });

  it('neither CSV nor XLSX (other extensions, old .xls)', async () => {
    expect((await fileError(readVisitsFile(utf8('%PDF-1.7'), 'visits.pdf'), 'visits.pdf')).userMessage.en).toMatch(
      /not a CSV or XLSX file/,
    );
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await fileError(readVisitsFile(ole, 'old.xls'), 'old.xls')).userMessage.en).toMatch(/Excel 97–2003/);
    expect((await fileError(readVisitsFile(ole, 'renamed.csv'), 'renamed.csv')).userMessage.en).toMatch(/Excel 97–2003/);
  });

  it('a bad option is a bad-input error too', async () => {
    const error = await readVisitsFile(visitsCsv([{}]), 'v.csv', { defaultDate: '2026-02-30' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('bad_input');
  });
});

describe('what is not a file-level problem', () => {
  it('a header-only file reads as zero rows', async () => {
    const result = await readVisitsFile(
      utf8('visit_id,date,kind,customer_id,customer_name,address,lat,lng,windows,approval_ref\r\n'),
      'v.csv',
    );
    expect(result).toMatchObject({ rowCount: 0, valid: [], errors: [] });
  });

  it('an XLSX renamed to .csv is still read as a workbook', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('S');
    sheet.addRow(['visit_id', 'date', 'kind', 'customer_id', 'customer_name', 'address', 'lat', 'lng', 'windows', 'approval_ref']);
    sheet.addRow(['V1', '2026-11-23', 'collection', 'C1', 'T', 'Road', 31.1, 121.1, '09:00-10:00', 'AP']);
    const result = await readVisitsFile(new Uint8Array(await book.xlsx.writeBuffer()), 'visits.csv');
    expect(result.encoding).toBe('xlsx');
    expect(result.valid).toHaveLength(1);
  });
});
