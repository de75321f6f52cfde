import { describe, expect, it } from 'vitest';
import { readVisitsFile } from '../../../electron/backend/import';
import { errorsAt, utf8, visitsCsv } from './helpers';

/** Reads one bad row (line 2) after nothing else, and returns its errors by field. */
async function errorsOf(over: Record<string, string>): Promise<Record<string, string>> {
  const result = await readVisitsFile(visitsCsv([over]), 'visits.csv');
  expect(result.valid).toEqual([]);
  expect(result.rowCount).toBe(1);
  return errorsAt(result.errors, 2);
}

describe('readVisitsFile: bad rows', () => {
  it('reports a missing required value per field, in both languages', async () => {
    const result = await readVisitsFile(visitsCsv([{ customer_name: '', address: ' ', approval_ref: '' }]), 'visits.csv');
    expect(result.errors).toEqual([
      {
        line: 2,
        field: 'customer_name',
        header: 'customer_name',
        value: '',
        message: { en: 'Customer name is required.', zh: '客户姓名不能为空。' },
      },
      { line: 2, field: 'address', header: 'address', value: '', message: { en: 'Address is required.', zh: '地址不能为空。' } },
      {
        line: 2,
        field: 'approval_ref',
        header: 'approval_ref',
        value: '',
        message: { en: 'Approval number is required.', zh: '审批编号不能为空。' },
      },
    ]);
  });

  it('rejects a malformed date and an unreal one', async () => {
    expect(await errorsOf({ date: '23/11/2026' })).toEqual({ date: 'Visit date must be a date like 2026-11-23.' });
    expect(await errorsOf({ date: '2026-02-30' })).toEqual({ date: 'Visit date 2026-02-30 is not a real calendar date.' });
  });

  it('rejects an unknown kind', async () => {
    expect((await errorsOf({ kind: '上门' })).kind).toMatch(/not recognised.*verification, collection, follow-up/);
  });

  it('rejects a malformed approval expiry and an unknown kind in the approval scope, naming the line and the header', async () => {
    const text =
      '外访编号,日期,类型,客户编号,客户姓名,地址,纬度,经度,预约时段,审批编号,审批人,有效期至,审批范围\n' +
      'V1,2026-11-23,催收,C1,T,Road,31.1,121.1,09:00-10:00,AP1,测试主管,2026-11-30,核实;催收\n' +
      'V2,2026-11-23,催收,C2,T,Road,31.1,121.1,09:00-10:00,AP2,测试主管,30/11/2026,核实;上门\n' +
      'V3,2026-11-23,催收,C3,T,Road,31.1,121.1,09:00-10:00,AP3,测试主管,2026-02-30,;\n';
    const result = await readVisitsFile(utf8(text), 'visits.csv');
    expect(result.valid.map((v) => v.line)).toEqual([2]);
    expect(result.errors).toEqual([
      {
        line: 3,
        field: 'approval_expires',
        header: '有效期至',
        value: '30/11/2026',
        message: { en: 'Approval valid through must be a date like 2026-11-23.', zh: '审批有效期至必须是类似 2026-11-23 的日期。' },
      },
      {
        line: 3,
        field: 'approval_scope',
        header: '审批范围',
        value: '核实;上门',
        message: {
          en: 'Approval scope "上门" is not recognised; use one of: verification, collection, follow-up.',
          zh: '无法识别的审批范围“上门”，请使用：核实、催收、回访。',
        },
      },
      {
        line: 4,
        field: 'approval_expires',
        header: '有效期至',
        value: '2026-02-30',
        message: {
          en: 'Approval valid through 2026-02-30 is not a real calendar date.',
          zh: '审批有效期至 2026-02-30 不是真实存在的日期。',
        },
      },
      expect.objectContaining({ line: 4, field: 'approval_scope', header: '审批范围', value: ';' }),
    ]);
  });

  it('does not refuse an approval that expires before the visit or leaves its kind out: the planner keeps such a visit out', async () => {
    const expired = await readVisitsFile(
      utf8(
        'visit_id,date,kind,customer_id,customer_name,address,lat,lng,windows,approval_ref,approval_expires,approval_scope\n' +
          'V1,2026-11-23,collection,C1,T,Road,31.1,121.1,09:00-10:00,AP1,2026-11-01,verification\n',
      ),
      'v.csv',
    );
    expect(expired.errors).toEqual([]);
    expect(expired.valid[0].value).toMatchObject({ approvalExpires: '2026-11-01', approvalScope: ['verification'] });
  });

  it('rejects non-numeric and out-of-range coordinates', async () => {
    expect(await errorsOf({ lat: 'abc', lng: '200' })).toEqual({
      lat: 'Latitude must be a number between -90 and 90.',
      lng: 'Longitude must be a number between -180 and 180.',
    });
    const zh = (await readVisitsFile(visitsCsv([{ lat: '95' }]), 'v.csv')).errors[0].message.zh;
    expect(zh).toBe('纬度必须是 -90 到 90 之间的数字。');
  });

  it('spots latitude and longitude swapped, and the 0,0 placeholder', async () => {
    const result = await readVisitsFile(
      visitsCsv([
        { lat: '121.47', lng: '31.23' },
        { lat: '0', lng: '0' },
      ]),
      'visits.csv',
    );
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatchObject({ line: 2, field: 'lat', value: '121.47, 31.23' });
    expect(result.errors[0].message.en).toMatch(/look swapped/);
    expect(result.errors[0].message.zh).toMatch(/填反/);
    expect(result.errors[1]).toMatchObject({ line: 3, field: 'lat' });
    expect(result.errors[1].message.en).toMatch(/placeholder/);
  });

  it('rejects malformed windows, windows ending before they start, and overlapping windows', async () => {
    expect((await errorsOf({ windows: '9-12' })).windows).toMatch(/"9-12" is not a time range like 09:00-12:00/);
    expect((await errorsOf({ windows: '09:00-12:00;' + 'tea time' })).windows).toMatch(/"tea time" is not a time range/);
    expect((await errorsOf({ windows: '14:00-12:00' })).windows).toMatch(/14:00-12:00 ends before it starts/);
    expect((await errorsOf({ windows: '13:00-15:00;09:00-11:00,10:30-12:00' })).windows).toMatch(/09:00-11:00 and 10:30-12:00 overlap/);
    const zh = (await readVisitsFile(visitsCsv([{ windows: '9-12' }]), 'v.csv')).errors[0].message.zh;
    expect(zh).toBe('预约时段：“9-12”不是类似 09:00-12:00 的时段（多个时段用 ; 分隔）。');
  });

  it("names columns with the glossary's words, whatever header the file used", async () => {
    const text =
      '外访编号,日期,类型,客户编号,客户姓名,地址,纬度,经度,预约时段,审批编号\n,2026-11-23,催收,C1,T,Road,31.1,121.1,09:00-10:00,AP1\n';
    const result = await readVisitsFile(utf8(text), 'v.csv');
    expect(result.errors).toEqual([
      { line: 2, field: 'visit_id', header: '外访编号', value: '', message: { en: 'Visit ID is required.', zh: '走访编号不能为空。' } },
    ]);
  });

  it('accepts touching windows and full-width separators, and sorts windows', async () => {
    const result = await readVisitsFile(visitsCsv([{ windows: '14：00-16：00，10:00-14:00' }]), 'visits.csv');
    expect(result.errors).toEqual([]);
    expect(result.valid[0].value.windows).toEqual([
      { startSec: 36_000, endSec: 50_400 },
      { startSec: 50_400, endSec: 57_600 },
    ]);
  });

  it('rejects bad service minutes: negative, non-integer, over 480', async () => {
    for (const bad of ['-5', '30.5', '481', 'half an hour']) {
      expect(await errorsOf({ service_min: bad })).toEqual({ service_min: 'Service minutes must be a whole number from 0 to 480.' });
    }
  });

  it('rejects a priority outside 1–5', async () => {
    for (const bad of ['0', '6', '2.5']) {
      expect(await errorsOf({ priority: bad })).toEqual({ priority: 'Priority must be a whole number from 1 (lowest) to 5 (highest).' });
    }
  });

  it('rejects a bad skill name', async () => {
    expect((await errorsOf({ skills: 'collection;senior staff' })).skills).toMatch(/"senior staff" is not a valid skill name/);
  });

  it('rejects a bad phone but accepts common formats', async () => {
    expect((await errorsOf({ phone: '12-34' })).phone).toMatch(/does not look like a phone number/);
    expect((await errorsOf({ phone: 'call me' })).phone).toMatch(/does not look like a phone number/);
    const ok = await readVisitsFile(visitsCsv([{ phone: '+86 (21) 5555-0000' }]), 'v.csv');
    expect(ok.errors).toEqual([]);
  });

  it('reports every bad field of a row, not just the first', async () => {
    expect(Object.keys(await errorsOf({ kind: 'x', lat: 'y', priority: '9', phone: 'z' })).sort()).toEqual([
      'kind',
      'lat',
      'phone',
      'priority',
    ]);
  });

  it('reports second and later duplicate visit ids, naming the first line', async () => {
    const result = await readVisitsFile(
      visitsCsv([{ visit_id: 'D1' }, { visit_id: 'D2' }, { visit_id: 'D1' }, { visit_id: 'D1', lat: 'x' }]),
      'visits.csv',
    );
    expect(result.valid.map((v) => v.line)).toEqual([2, 3]);
    expect(errorsAt(result.errors, 4)).toEqual({ visit_id: 'Visit ID "D1" appears more than once; it was first used on line 2.' });
    expect(Object.keys(errorsAt(result.errors, 5)).sort()).toEqual(['lat', 'visit_id']);
  });

  it('rejects CSV rows with too many or too few fields and never lists a row as both valid and bad', async () => {
    const good = visitsCsv([{}]);
    const text = new TextDecoder().decode(good) + 'V9,2026-11-23,collection,C9\r\n' + 'V10,' + 'x,'.repeat(15) + 'extra\r\n';
    const result = await readVisitsFile(utf8(text), 'visits.csv');
    expect(result.rowCount).toBe(3);
    expect(result.valid.map((v) => v.line)).toEqual([2]);
    expect(result.errors.map((e) => [e.line, e.field])).toEqual([
      [3, '*'],
      [4, '*'],
    ]);
    expect(result.errors[0].message.en).toBe(
      'This row has 4 fields but the header has 15; look for a missing or extra comma, or a comma inside a value that is not in quotes.',
    );
    expect(result.errors[1].message.en).toMatch(/has 17 fields but the header has 15/);
    expect(result.errors[1].message.zh).toMatch(/^此行有 17 个字段，但表头有 15 列/);
  });

  it('says "1 field", not "1 fields", for a row with a single field', async () => {
    const text = new TextDecoder().decode(visitsCsv([{}])) + 'V9\r\n';
    const result = await readVisitsFile(utf8(text), 'visits.csv');
    expect(result.errors[0].message.en).toMatch(/^This row has 1 field but the header has 15;/);
  });

  it('tolerates trailing empty fields (Excel pads rows) but reports an unclosed quote', async () => {
    const header = 'visit_id,date,kind,customer_id,customer_name,address,lat,lng,windows,approval_ref,,';
    const text = `${header}\nV1,2026-11-23,collection,C1,T,Road,31.1,121.1,09:00-10:00,AP1,,\nV2,2026-11-23,collection,C2,T,"Road,31.1,121.1,09:00-10:00,AP2\nV3,x\n`;
    const result = await readVisitsFile(utf8(text), 'visits.csv');
    expect(result.valid.map((v) => v.line)).toEqual([2]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 3, field: '*' });
    expect(result.errors[0].message.en).toMatch(/quoted value in this row is not closed/);
  });

  it('rejects a bad id, an unknown coordinate system and out-of-range extras', async () => {
    const text =
      'visit_id,date,kind,customer_id,customer_name,address,lat,lng,windows,approval_ref,coord_system,risk_score,overdue_days\n' +
      'V 1,2026-11-23,collection,C1,T,Road,31.1,121.1,09:00-10:00,AP1,mercator,101,-1\n';
    const errors = errorsAt((await readVisitsFile(utf8(text), 'v.csv')).errors, 2);
    expect(Object.keys(errors).sort()).toEqual(['coord_system', 'overdue_days', 'risk_score', 'visit_id']);
    expect(errors.visit_id).toMatch(/may use letters, digits/);
  });
});
