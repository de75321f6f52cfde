import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itineraryIcs } from '../../../electron/backend/export/itinerary-ics';
import type { Itinerary } from '../../../shared/logic/itinerary';
import { itineraryFixture } from './itinerary-fixture';

function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

function events(ics: string): ICAL.Event[] {
  return parse(ics)
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
}

/** The itinerary with its first stop's notes replaced. */
function withNotes(itinerary: Itinerary, notes: string): Itinerary {
  return { ...itinerary, stops: [{ ...itinerary.stops[0], notes }, ...itinerary.stops.slice(1)] };
}

describe('itineraryIcs', () => {
  const itinerary = itineraryFixture({ language: 'zh', profile: 'officer' });
  const ics = itineraryIcs(itinerary);

  // ical.js resolves TZIDs through its registry: register the file's own VTIMEZONE, as a calendar does.
  beforeAll(() => {
    const vtimezone = parse(ics).getFirstSubcomponent('vtimezone');
    if (!vtimezone) throw new Error('no VTIMEZONE');
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  });
  afterAll(() => ICAL.TimezoneService.remove('Asia/Shanghai'));

  it('has one event per stop, titled with stop number, kind and customer in Chinese', () => {
    const parsed = events(ics);
    expect(parsed).toHaveLength(itinerary.stops.length);
    expect(parsed.map((event) => event.summary)).toEqual(['第 1 站 · 催收 · 王小明', '第 2 站 · 贷前核查 · 赵六']);
    expect(parsed.map((event) => event.location)).toEqual(['上海市徐汇区桂溪路188弄12号1203室', '上海市长宁区延安西路1000号']);
  });

  it('times each visit from its planned start to its end in Shanghai local time', () => {
    const [first, second] = events(ics);
    expect(first.startDate.toString()).toBe('2026-11-23T09:00:00');
    expect(first.endDate.toString()).toBe('2026-11-23T09:30:00');
    expect(first.startDate.zone?.tzid).toBe('Asia/Shanghai');
    // UTC+8: 09:00 in Shanghai is 01:00 UTC.
    expect(first.startDate.toJSDate().toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(second.startDate.toString()).toBe('2026-11-23T13:30:00');
    expect(second.endDate.toJSDate().toISOString()).toBe('2026-11-23T06:00:00.000Z');
  });

  it('describes window, purpose, phone as given, code, notes and the Amap link', () => {
    const [first, second] = events(ics);
    expect(first.description.split('\n')).toEqual([
      '预约时段：09:00-12:00; 13:30-17:30',
      '目的：逾期账户催收',
      '电话：170****1234',
      `验证码：${itinerary.stops[0].verificationCode}`,
      '备注：后门进，狗凶',
      `导航（高德地图）：${itinerary.stops[0].links.amap}`,
    ]);
    expect(second.description).toContain(`验证码：${itinerary.stops[1].verificationCode}`);
    expect(second.description).not.toContain('备注');
    expect(first.description).not.toContain('17000001234');
  });

  it('gives the WGS-84 position, DTSTAMP from the export and a UID per date, officer and visit', () => {
    const [first, second] = parse(ics).getAllSubcomponents('vevent');
    expect(first.getFirstPropertyValue('geo')).toEqual([31.195872, 121.432376]);
    expect(second.getFirstPropertyValue('geo')).toEqual([31.215, 121.42]);
    expect(first.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-22T18:30:00Z');
    expect(first.getFirstPropertyValue('uid')).toBe('2026-11-23/OF-001/V1@field-dispatch');
    expect(second.getFirstPropertyValue('uid')).toBe('2026-11-23/OF-001/V2@field-dispatch');
  });

  it('keeps UIDs across re-exports and raises the sequence, so a re-import updates', () => {
    const later = events(itineraryIcs({ ...itinerary, exportedAt: '2026-11-23T00:05:00.000Z' }));
    const earlier = events(ics);
    expect(later.map((event) => event.uid)).toEqual(earlier.map((event) => event.uid));
    expect(later[0].sequence).toBeGreaterThan(earlier[0].sequence);
  });

  it('uses CRLF and folds at 75 octets without splitting a character', () => {
    const long = withNotes(itinerary, `长备注：${'客户要求在小区北门等候，'.repeat(12)}`);
    const text = itineraryIcs(long);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length, line).toBeLessThanOrEqual(75);
      expect(strict.decode(bytes)).toBe(line);
    }
    expect(events(text)[0].description).toContain(long.stops[0].notes);
  });

  it('escapes TEXT values so awkward notes round-trip', () => {
    const notes = '门禁; 密码 1,2,3\\4\n第二行';
    expect(events(itineraryIcs(withNotes(itinerary, notes)))[0].description).toContain(`备注：${notes}`);
  });

  it('carries a visit past midnight into the next day', () => {
    const late = { ...itinerary, stops: [{ ...itinerary.stops[0], startSec: 85_800, endSec: 87_600 }] };
    const [event] = events(itineraryIcs(late));
    expect(event.startDate.toString()).toBe('2026-11-23T23:50:00');
    expect(event.endDate.toString()).toBe('2026-11-24T00:20:00');
  });

  it('labels in English for an English itinerary', () => {
    const [first] = events(itineraryIcs(itineraryFixture({ language: 'en' })));
    expect(first.summary).toBe('Stop 1 · Collection · 王小明');
    expect(first.description).toContain('Appointment window: 09:00-12:00; 13:30-17:30');
    expect(first.description).toContain('Navigate (Amap): https://uri.amap.com/');
  });
});
