import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readVisitsFile } from '../../../electron/backend/import';
import { Visit } from '../../../shared/domain';
import { utf8, visitsCsv } from './helpers';

const CHINESE_HEADER =
  '外访编号,外访日期,外访类型,客户号,客户姓名,手机号,详细地址,纬度,经度,预约时段,服务时长,优先级,所需技能,审批单号,备注,坐标系,逾期天数,逾期金额';
const CHINESE_ROWS = [
  'WF-0001,2026/11/23,催收,KH001,测试客户甲,13800000001,上海市浦东新区测试路1号,31.2304,121.4737,09:00-12:00；14:00-17:00,45,5,催收、资深,SP-001,请先电话联系,火星坐标,35,"12,345.50"',
  'WF-0002,2026年11月23日,贷前核实,KH002,测试客户乙,021-5555 0000,上海市徐汇区示例路2号,31.1880,121.4365,13：30-15：00,,,,SP-002,,,,',
];

describe('readVisitsFile: encodings and formats', () => {
  it('reads a GBK CSV with Chinese headers and Chinese values (as Excel saves it on Chinese Windows)', async () => {
    const bytes = iconv.encode([CHINESE_HEADER, ...CHINESE_ROWS].join('\r\n') + '\r\n', 'gbk');
    const result = await readVisitsFile(bytes, '外访清单.csv');
    expect(result.encoding).toBe('gb18030');
    expect(result.errors).toEqual([]);
    expect(result.rowCount).toBe(2);
    expect(result.ignoredColumns).toEqual([]);
    const [first, second] = result.valid;
    expect(first.line).toBe(2);
    expect(first.value).toMatchObject({
      id: 'WF-0001',
      date: '2026-11-23',
      kind: 'collection',
      customerName: '测试客户甲',
      address: '上海市浦东新区测试路1号',
      location: { lat: 31.2304, lng: 121.4737, system: 'gcj02' },
      windows: [
        { startSec: 9 * 3600, endSec: 12 * 3600 },
        { startSec: 14 * 3600, endSec: 17 * 3600 },
      ],
      serviceSec: 45 * 60,
      priority: 5,
      requiredSkills: ['催收', '资深'],
      approvalRef: 'SP-001',
      notes: '请先电话联系',
      overdueDays: 35,
      overdueAmount: 12345.5,
      riskScore: null,
      status: 'approved',
    });
    expect(second.line).toBe(3);
    expect(second.value).toMatchObject({
      date: '2026-11-23',
      kind: 'verification',
      phone: '021-5555 0000',
      windows: [{ startSec: 13.5 * 3600, endSec: 15 * 3600 }],
      serviceSec: 30 * 60,
      priority: 3,
      requiredSkills: [],
      location: { system: 'wgs84' },
      overdueDays: null,
    });
    for (const row of result.valid) expect(Visit.safeParse(row.value).success).toBe(true);
  });

  it('reads the approver, the expiry and the scope of an approval under Chinese headers, kinds as the kind column reads them', async () => {
    const header = '外访编号,外访日期,外访类型,客户号,客户姓名,详细地址,纬度,经度,预约时段,审批单号,审批人,审批到期日,审批范围';
    const text = [
      header,
      'WF-1,2026-11-23,催收,KH1,测试客户甲,测试路1号,31.23,121.47,09:00-12:00,SP-1,测试主管甲,2026年11月30日,贷前核实；回访；核实',
      'WF-2,2026-11-23,回访,KH2,测试客户乙,测试路2号,31.24,121.48,09:00-12:00,SP-2,,,Collection;催收外访',
      // An approval that ran out before the visit's day is read as it is: renewing it is the lender's business.
      'WF-3,2026-11-23,催收,KH3,测试客户丙,测试路3号,31.25,121.49,09:00-12:00,SP-3,测试主管乙,2026-11-01,',
    ].join('\r\n');
    const result = await readVisitsFile(utf8(text), 'visits.csv');
    expect(result.errors).toEqual([]);
    expect(result.ignoredColumns).toEqual([]);
    expect(result.valid.map((v) => [v.value.approvedBy, v.value.approvalExpires, v.value.approvalScope])).toEqual([
      ['测试主管甲', '2026-11-30', ['verification', 'follow-up']],
      [null, null, ['collection']],
      ['测试主管乙', '2026-11-01', null],
    ]);
  });

  it('reads 批准人 and 审批有效期 too, and a file without the approval columns as approved by nobody named, for good, for any kind', async () => {
    const text =
      '外访编号,日期,类型,客户编号,客户姓名,地址,纬度,经度,预约时段,审批编号,批准人,审批有效期\n' +
      'WF-1,2026-11-23,催收,KH1,测试客户甲,测试路1号,31.23,121.47,09:00-12:00,SP-1,测试主管甲,2026/12/01\n';
    const read = await readVisitsFile(utf8(text), 'visits.csv');
    expect(read.valid[0].value).toMatchObject({ approvedBy: '测试主管甲', approvalExpires: '2026-12-01', approvalScope: null });
    const plain = await readVisitsFile(visitsCsv([{}]), 'visits.csv');
    expect(plain.valid[0].value).toMatchObject({ approvalRef: 'AP-001', approvedBy: null, approvalExpires: null, approvalScope: null });
  });

  it('reads UTF-8 with a BOM and reports it', async () => {
    const text = '\uFEFF' + [CHINESE_HEADER, ...CHINESE_ROWS].join('\n');
    const result = await readVisitsFile(utf8(text), 'visits.csv');
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.valid.map((v) => v.value.customerName)).toEqual(['测试客户甲', '测试客户乙']);
  });

  it('reads plain UTF-8 with canonical headers in any case and spacing', async () => {
    const text =
      'Visit ID,DATE,Kind,customer id,Customer_Name,phone,address,lat,lng,windows,approval_ref,Region\n' +
      'V1,2026-11-23,follow-up,C1,Test Person,,"2 Sample St",39.9,116.4,10:00-11:00,AP-9,North\n';
    const result = await readVisitsFile(utf8(text), 'visits.csv');
    expect(result.encoding).toBe('utf-8');
    expect(result.errors).toEqual([]);
    expect(result.ignoredColumns).toEqual(['Region']);
    expect(result.valid[0].value).toMatchObject({ id: 'V1', kind: 'follow-up', phone: '', address: '2 Sample St' });
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode text", tab-separated)', async () => {
    const text =
      CHINESE_HEADER.replace(/,/g, '\t') +
      '\r\n' +
      'WF-9\t2026-11-23\t回访\tKH9\t测试客户丙\t\t测试地址\t30.5\t114.3\t09:00-10:00\t\t\t\tSP-9\t\t\t\t\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await readVisitsFile(bytes, 'visits.txt');
    expect(result.encoding).toBe('utf-16le');
    expect(result.errors).toEqual([]);
    expect(result.valid[0].value).toMatchObject({ id: 'WF-9', kind: 'follow-up', customerName: '测试客户丙' });
  });

  it('sniffs semicolon-delimited CSV and skips trailing blank lines and blank rows', async () => {
    const text =
      'visit_id;date;kind;customer_id;customer_name;address;lat;lng;windows;approval_ref\n' +
      'V1;2026-11-23;collection;C1;Test A;"Road 1, Area";31.1;121.1;09:00-10:00, 11:00-12:00;AP1\n' +
      ';;;;;;;;;\n' +
      'V2;2026-11-23;collection;C2;Test B;Road 2;31.2;121.2;09:00-10:00;AP2\n\n\n\n';
    const result = await readVisitsFile(utf8(text), 'visits.csv');
    expect(result.errors).toEqual([]);
    expect(result.rowCount).toBe(2);
    expect(result.valid.map((v) => [v.line, v.value.id])).toEqual([
      [2, 'V1'],
      [4, 'V2'],
    ]);
    expect(result.valid[0].value.windows).toHaveLength(2);
    expect(result.valid[0].value.address).toBe('Road 1, Area');
  });

  it('counts embedded newlines in quoted values, so later line numbers match the file', async () => {
    const text = [
      'visit_id,date,kind,customer_id,customer_name,address,lat,lng,windows,approval_ref',
      'V1,2026-11-23,collection,C1,Test A,"Building 3',
      'Unit 2',
      'Room 101",31.1,121.1,09:00-10:00,AP1',
      'V2,2026-11-23,collection,C2,Test B,Road 2,31.2,121.2,25:00-26:00,AP2',
      'V3,2026-11-23,collection,C3,Test C,"Road ""3""",31.3,121.3,09:00-10:00,AP3',
    ].join('\r\n');
    const result = await readVisitsFile(utf8(text), 'visits.csv');
    expect(result.valid.map((v) => [v.line, v.value.id])).toEqual([
      [2, 'V1'],
      [6, 'V3'],
    ]);
    expect(result.valid[0].value.address).toBe('Building 3\r\nUnit 2\r\nRoom 101');
    expect(result.valid[1].value.address).toBe('Road "3"');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 5, field: 'windows', value: '25:00-26:00' });
  });

  it('reads the first worksheet of an XLSX, turning time, date, number, rich-text and formula cells into text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('外访');
    workbook.addWorksheet('Other').addRow(['ignored']);
    sheet.addRow([
      '外访编号',
      '日期',
      '类型',
      '客户编号',
      '客户姓名',
      '电话',
      '地址',
      '纬度',
      '经度',
      '预约时段',
      '服务时长',
      '审批编号',
      '备注',
    ]);
    sheet.addRow([
      'X1',
      new Date(Date.UTC(2026, 10, 23)),
      '催收',
      1001,
      { richText: [{ text: '测试' }, { text: '客户' }] },
      13800000002,
      '测试路3号',
      31.2304,
      121.4737,
      '09:00-11:00',
      { formula: '30+15', result: 45 },
      'SP-3',
      '',
    ]);
    sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
    sheet.addRow([]);
    // A time cell (Excel stores 09:30 as 0.395833…, exceljs hands it back as a Date on day zero).
    sheet.addRow([
      'X2',
      '2026-11-23',
      'collection',
      'C2',
      'Test',
      '',
      'Road 4',
      30.1,
      120.1,
      '14:00-15:00',
      20,
      'SP-4',
      new Date(Date.UTC(1899, 11, 30, 9, 30)),
    ]);
    sheet.getCell('M4').numFmt = 'hh:mm';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const result = await readVisitsFile(bytes, 'visits.xlsx');
    expect(result.encoding).toBe('xlsx');
    expect(result.errors).toEqual([]);
    expect(result.rowCount).toBe(2);
    expect(result.valid.map((v) => v.line)).toEqual([2, 4]);
    expect(result.valid[0].value).toMatchObject({
      date: '2026-11-23',
      customerId: '1001',
      customerName: '测试客户',
      phone: '13800000002',
      serviceSec: 45 * 60,
      location: { lat: 31.2304, lng: 121.4737 },
    });
    expect(result.valid[1].value.notes).toBe('09:30');
  });

  it('applies defaultDate and defaultCoordSystem when the file leaves them out', async () => {
    const text =
      'visit_id,kind,customer_id,customer_name,address,lat,lng,windows,approval_ref\nV1,催收,C1,T,Road,31.1,121.1,09:00-10:00,AP\n';
    const result = await readVisitsFile(utf8(text), 'v.csv', { defaultDate: '2026-12-01', defaultCoordSystem: 'bd09' });
    expect(result.valid[0].value).toMatchObject({ date: '2026-12-01', location: { system: 'bd09' } });
  });

  it('gives every field its documented default', async () => {
    const result = await readVisitsFile(visitsCsv([{ service_min: '', priority: '', skills: '', phone: '' }]), 'v.csv');
    expect(result.valid[0].value).toMatchObject({ serviceSec: 1800, priority: 3, requiredSkills: [], phone: '', status: 'approved' });
  });
});
