import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RowError } from '../../../shared/api/import-report';
import { readOfficersFile, readVisitsFile } from '../../../electron/backend/import';
import { csvText, GOOD_OFFICER, OFFICER_COLUMNS, utf8 } from './helpers';

/** Each error as [line, canonical field, header as the file spells it]. */
const where = (errors: RowError[]) => errors.map((e) => [e.line, e.field, e.header]);

// Synthetic rows (no real person). Line 2 is fine; line 3 has a latitude in words, a window that
// ends before it starts and no approval number; line 4 has one field too few.
const rows = [
  'V1,2026-11-24,催收,C1,测试客户一,测试路1号,31.23,121.47,09:00-12:00,AP-1',
  'V2,2026-11-24,催收,C2,测试客户二,测试路2号,north,121.48,12:00-09:00,',
  'V3,2026-11-24,催收,C3,测试客户三,测试路3号,31.25,121.49,09:00-12:00',
];

describe("row errors name the column by the file's own header", () => {
  it('in a CSV with Chinese headers, exactly as written (a bracketed, full-width header too)', async () => {
    const header = '外访编号,外访日期,类型,客户号,客户姓名,详细地址,纬度（lat）,经度,预约时段,审批单号';
    const result = await readVisitsFile(utf8([header, ...rows].join('\r\n')), 'visits.csv');
    expect(where(result.errors)).toEqual([
      [3, 'lat', '纬度（lat）'],
      [3, 'windows', '预约时段'],
      [3, 'approval_ref', '审批单号'],
      [4, '*', '*'],
    ]);
    // The sentence still names the column in the catalogue's words.
    expect(result.errors[0].message.zh).toBe('纬度必须是 -90 到 90 之间的数字。');
  });

  it('in a CSV with English headers, in the file’s own case and spacing', async () => {
    const header = 'Visit ID,Visit Date,Type,Customer ID,Customer Name,Address,Latitude,Longitude,Time Windows,Approval Ref';
    const result = await readVisitsFile(utf8([header, ...rows].join('\n')), 'visits.csv');
    expect(where(result.errors)).toEqual([
      [3, 'lat', 'Latitude'],
      [3, 'windows', 'Time Windows'],
      [3, 'approval_ref', 'Approval Ref'],
      [4, '*', '*'],
    ]);
  });

  it('in an XLSX, and for duplicate ids on the id column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('走访');
    sheet.addRow(['任务编号', '日期', '类型', '客户编号', '姓名', '地址', '纬度', '经度', '时间窗', '审批编号']);
    sheet.addRow(['X1', '2026-11-24', '催收', 'C1', '测试', '测试路', 31.2, 121.4, '09:00-11:00', 'AP-1']);
    sheet.addRow(['X1', '2026-11-24', '催收', 'C2', '测试', '测试路', 95, 121.4, '09:00-11:00', 'AP-2']);
    const result = await readVisitsFile(new Uint8Array(await workbook.xlsx.writeBuffer()), 'visits.xlsx');
    expect(where(result.errors)).toEqual([
      [3, 'lat', '纬度'],
      [3, 'visit_id', '任务编号'],
    ]);
  });

  it('leaves the header empty for a column the file does not have', async () => {
    // The roster has an end longitude but no end latitude column: the error is about the missing one.
    const columns = OFFICER_COLUMNS.filter((c) => c !== 'end_lat');
    const result = await readOfficersFile(utf8(csvText(columns, GOOD_OFFICER, [{ end_lng: '121.6' }], 'officer_id')), 'officers.csv');
    expect(result.errors.map((e) => [e.field, e.header])).toEqual([['end_lat', '']]);
  });
});
