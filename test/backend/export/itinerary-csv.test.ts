import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../../shared/domain';
import { translate } from '../../../shared/i18n';
import { ITINERARY_COLUMNS, ITINERARY_HEADERS, itineraryCsv } from '../../../electron/backend/export/itinerary-csv';
import { verificationCode } from '../../../electron/backend/export/verification-code';
import { officerFixture, planFixture, visitFixture } from './export-fixture';

const SECRET = 'workspace-secret-for-tests-0001';
const tricky = '上海市徐汇区桂溪路188弄, 12号\n1203室 "后门"';
const visits = new Map<string, Visit>([
  ['V1', visitFixture('V1', { address: tricky, notes: '=HYPERLINK("http://x","y")' })],
  [
    'V2',
    visitFixture('V2', {
      kind: 'verification',
      customerName: '赵六',
      phone: '+86 170 0000 9999',
      windows: [{ startSec: 48600, endSec: 63000 }],
    }),
  ],
]);
const route = planFixture().routes[0];
const officer = officerFixture();
const options = { planId: 'plan-2026-11-23-1', secret: SECRET };

function parse(text: string): Record<string, string>[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<Record<string, string>>(body, { header: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('itineraryCsv', () => {
  const text = itineraryCsv(route, visits, officer, '2026-11-23', options);
  const rows = parse(text);

  it('starts with a BOM, uses CRLF and the canonical header', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(ITINERARY_COLUMNS.join(','));
    // Outside quoted cells every record ends with CRLF: header + 5 rows.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, '""');
    expect(unquoted.split('\r\n')).toHaveLength(6);
    expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(itineraryCsv(route, visits, officer, '2026-11-23', { ...options, withBom: false }).startsWith('seq,')).toBe(true);
  });

  it('lists departure, visits, the break where it falls and the return', () => {
    expect(rows.map((r) => [r.seq, r.visit_id, r.kind])).toEqual([
      ['', '', 'depart'],
      ['1', 'V1', 'collection'],
      ['', '', 'break'],
      ['2', 'V2', 'verification'],
      ['', '', 'return'],
    ]);
    expect(rows[0].start).toBe('08:49');
    expect(rows[2]).toMatchObject({ start: '11:30', end: '12:30' });
    expect(rows[4]).toMatchObject({ arrival: '14:20', travel_min: '20', distance_m: '6000', lat: '31.21', lng: '121.41' });
  });

  it('gives the officer full customer details and timing, and round-trips awkward text', () => {
    expect(rows[1]).toMatchObject({
      window: '09:00-12:00;13:30-17:30',
      arrival: '09:00',
      start: '09:00',
      end: '09:30',
      travel_min: '10.1',
      distance_m: '3010',
      customer_name: '王小明',
      phone: '17000001234',
      address: tricky,
      lat: '31.194',
      lng: '121.437',
      approval_ref: 'AP-V1',
    });
    expect(rows[3]).toMatchObject({ customer_name: '赵六', phone: '+86 170 0000 9999', arrival: '12:40', travel_min: '10.5' });
  });

  it('defuses spreadsheet formulas in imported text', () => {
    expect(rows[1].notes).toBe('\'=HYPERLINK("http://x","y")');
  });

  it('adds a stable verification code per visit', () => {
    expect(rows[1].verification_code).toBe(verificationCode(SECRET, options.planId, 'OF-001', 'V1'));
    expect(rows[3].verification_code).toBe(verificationCode(SECRET, options.planId, 'OF-001', 'V2'));
    expect(rows[1].verification_code).toMatch(/^\d{6}$/);
    expect(rows[1].verification_code).not.toBe(rows[3].verification_code);
    expect(parse(itineraryCsv(route, visits, officer, '2026-11-23', options))[1].verification_code).toBe(rows[1].verification_code);
    expect(parse(itineraryCsv(route, visits, officer, '2026-11-23'))[1].verification_code).toBe('');
  });

  it('writes Chinese headers and labels on request', () => {
    const zh = parse(itineraryCsv(route, visits, officer, '2026-11-23', { ...options, language: 'zh' }));
    expect(Object.keys(zh[0])).toEqual(ITINERARY_COLUMNS.map((c) => translate('zh', ITINERARY_HEADERS[c])));
    expect(Object.keys(zh[0]).slice(0, 3)).toEqual(['序号', '走访编号', '类型']);
    expect(zh.map((r) => r['类型'])).toEqual(['出发', '催收', '休息', '核实', '返回']);
    expect(zh[1]['客户姓名']).toBe('王小明');
  });

  it('puts a break taken before the first visit right after departure, and handles an open end', () => {
    const early = { ...route, breakTaken: { startSec: 31795, endSec: 35395, afterStop: -1 } };
    const open = officerFixture({ end: null });
    const out = parse(itineraryCsv(early, visits, open, '2026-11-23', options));
    expect(out.map((r) => r.kind)).toEqual(['depart', 'break', 'collection', 'verification', 'return']);
    expect(out[4]).toMatchObject({ lat: '', lng: '', notes: 'The day ends at the last visit' });
  });

  it('refuses a route whose visit is gone, in both languages', () => {
    const gone = () => itineraryCsv(route, new Map([['V1', visits.get('V1')!]]), officer, '2026-11-23', options);
    expect(gone).toThrow(/V2.*re-plan/);
    expect(gone).toThrow(expect.objectContaining({ userMessage: expect.objectContaining({ zh: expect.stringContaining('走访 V2') }) }));
  });
});
