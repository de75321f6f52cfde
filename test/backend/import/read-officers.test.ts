import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readOfficersFile } from '../../../electron/backend/import';
import { Officer } from '../../../shared/domain';
import { errorsAt, officersCsv, utf8 } from './helpers';

async function errorsOf(over: Record<string, string>): Promise<Record<string, string>> {
  const result = await readOfficersFile(officersCsv([over]), 'officers.csv');
  expect(result.valid).toEqual([]);
  return errorsAt(result.errors, 2);
}

describe('readOfficersFile', () => {
  it('reads a GBK roster with Chinese headers and Chinese values', async () => {
    const text = [
      '工号,外访员,小组,公司,出发纬度,出发经度,终点纬度,终点经度,班次开始,班次结束,休息开始,休息分钟,最大拜访数,最长工时,技能,交通方式,是否在岗',
      'GH001,测试外访员甲,浦东一组,示例外包公司,31.20,121.50,,,08:30,17:30,11:30-13:00,45,8,480,催收;资深@2026-12-31,电瓶车,是',
      'GH002,测试外访员乙,浦东二组,,31.10,121.40,不返回,,9:00,18:00,,,,,,,否',
    ].join('\r\n');
    const result = await readOfficersFile(iconv.encode(text, 'gbk'), '外访员名单.csv');
    expect(result.encoding).toBe('gb18030');
    expect(result.errors).toEqual([]);
    const [a, b] = result.valid.map((v) => v.value);
    expect(a).toEqual({
      id: 'GH001',
      name: '测试外访员甲',
      team: '浦东一组',
      agency: '示例外包公司',
      start: { lat: 31.2, lng: 121.5, system: 'wgs84' },
      end: { lat: 31.2, lng: 121.5, system: 'wgs84' },
      shiftStartSec: 8.5 * 3600,
      shiftEndSec: 17.5 * 3600,
      breaks: [{ earliestStartSec: 11.5 * 3600, latestStartSec: 13 * 3600, durationSec: 45 * 60 }],
      maxVisits: 8,
      maxWorkingSec: 480 * 60,
      skills: [
        { skill: '催收', validUntil: null },
        { skill: '资深', validUntil: '2026-12-31' },
      ],
      travelMode: 'scooter',
      isActive: true,
    });
    expect(b).toMatchObject({
      end: null,
      breaks: [],
      maxVisits: 12,
      maxWorkingSec: 9 * 3600,
      travelMode: 'driving',
      isActive: false,
      skills: [],
    });
    for (const row of result.valid) expect(Officer.safeParse(row.value).success).toBe(true);
  });

  it('uses a fixed break with the default 60 minutes, an explicit end and the "open" literal', async () => {
    const result = await readOfficersFile(officersCsv([{ end_lat: '31.25', end_lng: '121.45' }, { end_lat: 'OPEN' }]), 'officers.csv');
    expect(result.errors).toEqual([]);
    expect(result.valid[0].value.breaks).toEqual([{ earliestStartSec: 12 * 3600, latestStartSec: 12 * 3600, durationSec: 3600 }]);
    expect(result.valid[0].value.end).toEqual({ lat: 31.25, lng: 121.45, system: 'wgs84' });
    expect(result.valid[1].value.end).toBeNull();
  });

  it('rejects a shift that ends before (or when) it starts', async () => {
    expect(await errorsOf({ shift_start: '17:00', shift_end: '08:00', break_start: '' })).toEqual({
      shift_end: 'Shift end 08:00 is not after shift start 17:00 (shifts cannot cross midnight).',
    });
  });

  it('rejects malformed times', async () => {
    const errors = await errorsOf({ shift_start: '8am', shift_end: '25:00', break_start: 'noon' });
    expect(Object.keys(errors).sort()).toEqual(['break_start', 'shift_end', 'shift_start']);
    expect(errors.shift_start).toBe('Shift start "8am" is not a time of day like 09:00.');
  });

  it('rejects a break outside the shift, and a break length without a break start', async () => {
    expect((await errorsOf({ break_start: '17:00' })).break_start).toBe(
      'The 60-minute break starting at 17:00 does not fit inside the shift 08:30-17:30.',
    );
    expect((await errorsOf({ break_start: '07:00-12:00' })).break_start).toMatch(/does not fit inside the shift/);
    expect((await errorsOf({ break_start: '', break_min: '30' })).break_min).toMatch(/break start is empty/);
  });

  it('rejects an unknown travel mode', async () => {
    expect((await errorsOf({ travel_mode: 'helicopter' })).travel_mode).toMatch(
      /"helicopter" is not recognised; use one of: driving, scooter/,
    );
  });

  it('reports duplicate officer ids naming the first line', async () => {
    const result = await readOfficersFile(officersCsv([{ officer_id: 'A' }, { officer_id: 'A' }]), 'officers.csv');
    expect(result.valid.map((v) => v.line)).toEqual([2]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'officer_id',
        message: {
          en: 'Officer ID "A" appears more than once; it was first used on line 2.',
          zh: '外访员编号“A”重复出现，第一次出现在第 2 行。',
        },
      }),
    ]);
  });

  it('rejects a bad valid-until date on a skill', async () => {
    for (const skills of ['collection@2026-13-01', 'collection@soon', 'collection@2026-02-30']) {
      expect((await errorsOf({ skills })).skills).toMatch(/has a bad validity date/);
    }
  });

  it('rejects swapped start coordinates and half-filled end coordinates', async () => {
    const errors = await errorsOf({ start_lat: '121.5', start_lng: '31.2', end_lat: '31.2' });
    expect(errors.start_lat).toMatch(/look swapped/);
    expect(errors.end_lng).toMatch(/Give both end latitude and end longitude/);
  });

  it('rejects bad numbers and flags for max_visits, max_work_min and active', async () => {
    const text =
      'officer_id,name,start_lat,start_lng,shift_start,shift_end,max_visits,max_work_min,active\nO1,T,31,121,08:00,17:00,-1,0,maybe\n';
    const errors = errorsAt((await readOfficersFile(utf8(text), 'o.csv')).errors, 2);
    expect(Object.keys(errors).sort()).toEqual(['active', 'max_visits', 'max_work_min']);
  });
});
