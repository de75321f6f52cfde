import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ITINERARY_SETTINGS,
  type ItinerarySettings,
  type Language,
  type PrivacyProfile,
  type Route,
  type Visit,
} from '../../../shared/domain';
import { buildItinerary, type Itinerary } from '../../../shared/logic/itinerary';
import { ITINERARY_COLUMNS, itineraryCsv, itineraryHeaders, itineraryRows } from '../../../electron/backend/export/itinerary-csv';
import { verificationCode } from '../../../electron/backend/export/verification-code';
import { officerFixture, planFixture, visitFixture } from './export-fixture';
import { FIXTURE_EXPORTED_AT, FIXTURE_SECRET, fixtureVisits, itineraryFixture } from './itinerary-fixture';

const TRICKY_ADDRESS = '上海市徐汇区桂溪路188弄, 12号\n1203室 "后门"';
const FORMULA_NOTE = '=HYPERLINK("http://x","y")';

interface CustomDay {
  visits?: Record<string, Partial<Record<keyof Visit, unknown>>>;
  route?: Partial<Route>;
  officer?: Parameters<typeof officerFixture>[0];
  profile?: PrivacyProfile;
  settings?: ItinerarySettings;
  language?: Language;
}

/** The fixture day with some visits, the route or the officer changed. */
function customItinerary(day: CustomDay = {}): Itinerary {
  const plan = planFixture();
  const visits = fixtureVisits();
  for (const [id, overrides] of Object.entries(day.visits ?? {})) {
    visits.set(id, visitFixture(id, { ...visits.get(id), ...overrides }));
  }
  return buildItinerary({
    route: { ...plan.routes[0], ...day.route },
    visits,
    officer: officerFixture(day.officer),
    date: plan.date,
    profile: day.profile ?? 'officer',
    settings: day.settings ?? DEFAULT_ITINERARY_SETTINGS,
    language: day.language ?? 'en',
    exportedAt: FIXTURE_EXPORTED_AT,
    codeFor: (visitId) => verificationCode(FIXTURE_SECRET, plan.date, 'OF-001', visitId),
  });
}

/** The CSV back as records keyed by header, after checking it parses cleanly. */
function parse(text: string): Record<string, string>[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<Record<string, string>>(body, { header: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** The CSV back as plain rows under its header row. */
function parseRows(text: string): string[][] {
  const result = Papa.parse<string[]>(text.slice(1));
  expect(result.errors).toEqual([]);
  return result.data;
}

/** What the CSV must hold for `itinerary`: the model's rows, as text. */
function expectedRows(itinerary: Itinerary): string[][] {
  return itineraryRows(itinerary).map((row) => ITINERARY_COLUMNS.map((column) => String(row[column])));
}

describe('itineraryCsv', () => {
  const itinerary = itineraryFixture({ language: 'en' });
  const text = itineraryCsv(itinerary);
  const rows = parse(text);

  it('starts with a BOM, uses CRLF and the canonical English header', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(ITINERARY_COLUMNS.join(','));
    expect(text.slice(1).split('\r\n')[0]).toContain('verification_code');
    // Outside quoted cells every record ends with CRLF: header + 5 rows, and no bare LF or CR.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, '""');
    expect(unquoted.split('\r\n')).toHaveLength(6);
    expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(itineraryCsv(itinerary, { withBom: false }).startsWith('seq,')).toBe(true);
  });

  it('lists departure, visits, the break where it falls and the return, at the fixture times', () => {
    expect(rows.map((r) => [r.seq, r.visit_id, r.kind])).toEqual([
      ['', '', 'depart'],
      ['1', 'V1', 'Collection'],
      ['', '', 'break'],
      ['2', 'V2', 'Verification'],
      ['', '', 'return'],
    ]);
    expect(rows[0]).toMatchObject({ start: '08:49', lat: '31.2', lng: '121.4', notes: 'Leave the start place' });
    expect(rows[2]).toMatchObject({ start: '11:30', end: '12:30' });
    expect(rows[4]).toMatchObject({ arrival: '14:20', travel_min: '20', distance_m: '6000', lat: '31.21', lng: '121.41' });
  });

  it('gives each visit its timing, place as the lender supplied it and customer', () => {
    expect(rows[1]).toMatchObject({
      window: '09:00-12:00; 13:30-17:30',
      arrival: '09:00',
      start: '09:00',
      end: '09:30',
      travel_min: '10.1',
      distance_m: '3010',
      customer_name: '王小明',
      address: '上海市徐汇区桂溪路188弄12号1203室',
      lat: '31.194',
      lng: '121.437',
      approval_ref: 'AP-V1',
      notes: '后门进，狗凶',
    });
    expect(rows[3]).toMatchObject({ customer_name: '赵六', arrival: '12:40', start: '13:30', travel_min: '10.5', window: '13:30-17:30' });
  });

  it('reopens with the same rows as itineraryRows, for every reader and language', () => {
    for (const language of ['en', 'zh'] as const) {
      for (const profile of ['officer', 'supervisor'] as const) {
        const each = itineraryFixture({ language, profile });
        const [header, ...body] = parseRows(itineraryCsv(each));
        expect(header).toEqual(itineraryHeaders(language));
        expect(body).toEqual(expectedRows(each));
      }
    }
  });

  it('adds the verification code of each visit', () => {
    expect(rows[1].verification_code).toBe(verificationCode(FIXTURE_SECRET, '2026-11-23', 'OF-001', 'V1'));
    expect(rows[3].verification_code).toBe(verificationCode(FIXTURE_SECRET, '2026-11-23', 'OF-001', 'V2'));
    expect(rows[1].verification_code).toMatch(/^\d{8}$/);
    expect(rows[1].verification_code).not.toBe(rows[3].verification_code);
    expect(rows[0].verification_code).toBe('');
  });

  it('writes Chinese headers and labels for zh, 验证码 for the code column', () => {
    const zh = parse(itineraryCsv(itineraryFixture({ language: 'zh' })));
    expect(Object.keys(zh[0])).toEqual(itineraryHeaders('zh'));
    expect(Object.keys(zh[0]).slice(0, 3)).toEqual(['序号', '走访编号', '客户编号']);
    expect(Object.keys(zh[0])[ITINERARY_COLUMNS.indexOf('verification_code')]).toBe('验证码');
    expect(zh.map((r) => r['类型'])).toEqual(['出发', '催收', '休息', '贷前核查', '返回']);
    expect(zh[1]['客户姓名']).toBe('王小明');
  });
});

describe('itineraryCsv: awkward text', () => {
  const itinerary = customItinerary({
    profile: 'supervisor',
    visits: { V1: { address: TRICKY_ADDRESS, notes: FORMULA_NOTE }, V2: { phone: '+86 170 0000 9999', notes: '@SUM(A1)' } },
  });
  const rows = parse(itineraryCsv(itinerary));

  it('round-trips commas, quotes and line breaks', () => {
    expect(rows[1].address).toBe(TRICKY_ADDRESS);
  });

  it('defuses spreadsheet formulas but leaves phone numbers alone', () => {
    expect(rows[1].notes).toBe(`'${FORMULA_NOTE}`);
    expect(rows[3].notes).toBe("'@SUM(A1)");
    expect(rows[3].phone).toBe('+86 170 0000 9999');
  });
});

describe('itineraryCsv: what each reader sees', () => {
  const byVisit = (itinerary: Itinerary) => Object.fromEntries(parse(itineraryCsv(itinerary)).map((r) => [r.visit_id, r]));

  it('masks phone and customer ID on an officer copy and shows them in full to a supervisor', () => {
    const officer = byVisit(itineraryFixture({ language: 'en', profile: 'officer' }));
    expect(officer.V2).toMatchObject({ phone: '139****5678', customer_id: '****************1234' });
    expect(officer.V1).toMatchObject({ phone: '170****1234', customer_id: '****' });
    const supervisor = byVisit(itineraryFixture({ language: 'en', profile: 'supervisor' }));
    expect(supervisor.V2).toMatchObject({ phone: '13912345678', customer_id: 'C-310101199001011234' });
    expect(supervisor.V1).toMatchObject({ phone: '17000001234', customer_id: 'C-V1' });
  });

  it('shows officers the phone when they call customers themselves, but still not the customer ID', () => {
    const settings = { ...DEFAULT_ITINERARY_SETTINGS, officersCallCustomers: true };
    const officer = byVisit(itineraryFixture({ language: 'en', profile: 'officer', settings }));
    expect(officer.V2).toMatchObject({ phone: '13912345678', customer_id: '****************1234' });
  });

  it('shows the amount overdue to officers only on collection visits and only when the workspace allows it', () => {
    // V2 is a verification visit that carries an amount, which only a supervisor may see.
    const day = { visits: { V2: { overdueAmount: 8000, overdueDays: 12 } } };
    const hidden = byVisit(customItinerary({ ...day, profile: 'officer' }));
    expect([hidden.V1.overdue_amount, hidden.V2.overdue_amount]).toEqual(['', '']);
    const settings = { ...DEFAULT_ITINERARY_SETTINGS, officersSeeOverdueAmounts: true };
    const allowed = byVisit(customItinerary({ ...day, profile: 'officer', settings }));
    expect([allowed.V1.overdue_amount, allowed.V2.overdue_amount]).toEqual(['5000', '']);
    const supervisor = byVisit(customItinerary({ ...day, profile: 'supervisor' }));
    expect([supervisor.V1.overdue_amount, supervisor.V2.overdue_amount]).toEqual(['5000', '8000']);
  });
});

describe('itineraryCsv: break and end of day', () => {
  it('puts a break taken before the first visit right after departure, and handles an open end', () => {
    const itinerary = customItinerary({
      route: { breakTaken: { startSec: 31795, endSec: 35395, afterStop: -1 } },
      officer: { end: null },
    });
    const rows = parse(itineraryCsv(itinerary));
    expect(rows.map((r) => r.kind)).toEqual(['depart', 'break', 'Collection', 'Verification', 'return']);
    expect(rows[1]).toMatchObject({ start: '08:49', end: '09:49' });
    expect(rows[4]).toMatchObject({ lat: '', lng: '', address: '', notes: 'The day ends at the last visit' });
  });
});
