import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateDemoDay, OFFICER_COLUMNS, toCsv, VISIT_COLUMNS, type DemoVisitRow } from '../../../shared/demo';
import { SHANGHAI_BOUNDS } from '../../../shared/demo/shanghai-areas';
import { parseClockRange } from '../../../shared/domain';

const DATE = '2026-11-23';
const day = generateDemoDay({ date: DATE, visits: 600, officers: 25, seed: 1 });

const CLOCK = '([01]\\d|2[0-4]):[0-5]\\d';
const RANGE = `${CLOCK}-${CLOCK}`;
const DECIMAL = /^-?\d+\.\d+$/;
const SKILL = '[a-z][a-z-]*';

const visitFormats: Record<string, RegExp> = {
  visit_id: /^V-20261123-\d{5}$/,
  date: /^2026-11-23$/,
  kind: /^(collection|verification|follow-up)$/,
  customer_id: /^C\d{9}$/,
  customer_name: /^[\p{Script=Han}]{2,3}$/u,
  phone: /^1700000\d{4}$/,
  address: /^(上海市|浙江省).+(号\d+室)$/u,
  lat: DECIMAL,
  lng: DECIMAL,
  windows: new RegExp(`^${RANGE}(;${RANGE})*$`),
  service_min: /^\d+$/,
  priority: /^[1-5]$/,
  skills: new RegExp(`^${SKILL}(;${SKILL})*$`),
  approval_ref: /^AP-20261123-\d{4}$/,
  coord_system: /^wgs84$/,
  risk_score: /^\d{1,3}\.\d$/,
  overdue_days: /^(\d+)?$/,
  overdue_amount: /^(\d+\.\d{2})?$/,
};

const officerFormats: Record<string, RegExp> = {
  officer_id: /^OF-\d{3,}$/,
  name: /^[\p{Script=Han}]{2,3}$/u,
  team: /^[\p{Script=Han}]+组$/u,
  start_lat: DECIMAL,
  start_lng: DECIMAL,
  end_lat: DECIMAL,
  end_lng: DECIMAL,
  shift_start: new RegExp(`^${CLOCK}$`),
  shift_end: new RegExp(`^${CLOCK}$`),
  break_start: new RegExp(`^${RANGE}$`),
  break_min: /^\d+$/,
  max_visits: /^\d+$/,
  skills: new RegExp(`^${SKILL}(@\\d{4}-\\d{2}-\\d{2})?(;${SKILL}(@\\d{4}-\\d{2}-\\d{2})?)*$`),
  travel_mode: /^(scooter|driving|transit|cycling)$/,
  agency: /.+/,
  max_work_min: /^\d+$/,
};

const isImpossible = (v: DemoVisitRow) => v.notes.startsWith('demo: impossible');

function kmBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('generateDemoDay', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoDay({ date: DATE, visits: 600, officers: 25, seed: 1 })).toEqual(day);
    const other = generateDemoDay({ date: DATE, visits: 600, officers: 25, seed: 2 });
    expect(other.visits.map((v) => v.lat)).not.toEqual(day.visits.map((v) => v.lat));
    expect(other.officers.map((o) => o.name)).not.toEqual(day.officers.map((o) => o.name));
  });

  it('makes exactly the requested number of rows, at the extremes too', () => {
    for (const [visits, officers] of [
      [1, 1],
      [49, 2],
      [600, 25],
      [20_000, 1_000],
    ]) {
      const result = generateDemoDay({ date: DATE, visits, officers, seed: 9 });
      expect(result.visits).toHaveLength(visits);
      expect(result.officers).toHaveLength(officers);
    }
  });

  it('writes every cell in the documented format', () => {
    for (const row of day.visits) {
      expect(Object.keys(row).sort()).toEqual([...VISIT_COLUMNS].sort());
      for (const [column, format] of Object.entries(visitFormats))
        expect(row[column as keyof DemoVisitRow], `${row.visit_id} ${column}`).toMatch(format);
    }
    for (const row of day.officers) {
      expect(Object.keys(row).sort()).toEqual([...OFFICER_COLUMNS].sort());
      for (const [column, format] of Object.entries(officerFormats))
        expect(row[column as keyof typeof row], `${row.officer_id} ${column}`).toMatch(format);
    }
  });

  it('uses sorted, non-overlapping windows inside 09:00–20:30 for regular visits', () => {
    for (const row of day.visits.filter((v) => !isImpossible(v) || !v.windows.startsWith('22'))) {
      const windows = row.windows.split(';').map((w) => parseClockRange(w)!);
      for (const [i, w] of windows.entries()) {
        expect(w.startSec).toBeLessThan(w.endSec);
        expect(w.startSec).toBeGreaterThanOrEqual(9 * 3600);
        expect(w.endSec).toBeLessThanOrEqual(20.5 * 3600);
        if (i > 0) expect(w.startSec).toBeGreaterThan(windows[i - 1].endSec);
      }
    }
  });

  it('keeps every point inside Shanghai except the far-away visit', () => {
    const inside = (lat: number, lng: number) =>
      lat >= SHANGHAI_BOUNDS.minLat && lat <= SHANGHAI_BOUNDS.maxLat && lng >= SHANGHAI_BOUNDS.minLng && lng <= SHANGHAI_BOUNDS.maxLng;
    const outside = day.visits.filter((v) => !inside(Number(v.lat), Number(v.lng)));
    expect(outside).toHaveLength(1);
    expect(outside[0].notes).toContain('150 km');
    const peoplesSquare = { lat: 31.232, lng: 121.475 };
    expect(kmBetween(peoplesSquare, { lat: Number(outside[0].lat), lng: Number(outside[0].lng) })).toBeGreaterThan(130);
    for (const o of day.officers) {
      expect(inside(Number(o.start_lat), Number(o.start_lng))).toBe(true);
      expect(inside(Number(o.end_lat), Number(o.end_lng))).toBe(true);
    }
  });

  it('includes about 1% impossible visits of every kind, each saying why', () => {
    const impossible = day.visits.filter(isImpossible);
    expect(impossible).toHaveLength(6);
    const officerSkills = day.officers.flatMap((o) => o.skills.split(';').map((s) => s.split('@')[0]));
    const missingSkill = impossible.filter((v) => v.skills.split(';').includes('legal-notice'));
    expect(missingSkill.length).toBeGreaterThanOrEqual(1);
    expect(officerSkills).not.toContain('legal-notice');
    expect(impossible.filter((v) => v.windows === '22:00-23:00').length).toBeGreaterThanOrEqual(1);
    const repeats = impossible.filter((v) => v.notes.includes('too frequent'));
    expect(repeats).toHaveLength(1);
    const sameCustomer = day.visits.filter((v) => v.customer_id === repeats[0].customer_id);
    expect(sameCustomer).toHaveLength(2);
    expect(sameCustomer[0].address).toBe(sameCustomer[1].address);
    for (const small of [50, 120]) {
      const rows = generateDemoDay({ date: DATE, visits: small, officers: 5, seed: small }).visits;
      expect(rows.filter(isImpossible).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('has no duplicate visit, officer or approval ids, and one customer per regular visit', () => {
    const big = generateDemoDay({ date: DATE, visits: 5_000, officers: 300, seed: 5 });
    const unique = (values: string[]) => new Set(values).size;
    expect(unique(big.visits.map((v) => v.visit_id))).toBe(5_000);
    expect(unique(big.visits.map((v) => v.approval_ref))).toBe(5_000);
    expect(unique(big.officers.map((o) => o.officer_id))).toBe(300);
    const repeats = big.visits.filter((v) => v.notes.includes('too frequent')).length;
    expect(unique(big.visits.map((v) => v.customer_id))).toBe(5_000 - repeats);
  });

  it('mixes kinds and skills as described', () => {
    const rows = generateDemoDay({ date: DATE, visits: 4_000, officers: 100, seed: 3 }).visits.filter((v) => !isImpossible(v));
    const share = (kind: string) => rows.filter((v) => v.kind === kind).length / rows.length;
    expect(share('collection')).toBeGreaterThan(0.4);
    expect(share('collection')).toBeLessThan(0.5);
    expect(share('verification')).toBeGreaterThan(0.35);
    expect(share('verification')).toBeLessThan(0.45);
    expect(share('follow-up')).toBeGreaterThan(0.11);
    expect(share('follow-up')).toBeLessThan(0.19);
    for (const v of rows) {
      const skills = v.skills.split(';');
      if (v.kind !== 'follow-up') expect(skills).toContain(v.kind);
      const isCollectionLine = skills.includes('collection');
      expect(isCollectionLine).not.toBe(skills.includes('verification'));
      expect(v.overdue_days !== '').toBe(isCollectionLine);
      expect(v.overdue_amount !== '').toBe(isCollectionLine);
      expect(skills.includes('senior')).toBe(isCollectionLine && Number(v.overdue_amount) >= 30_000);
      const minutes = Number(v.service_min);
      expect(minutes).toBeGreaterThanOrEqual(20);
      expect(minutes).toBeLessThanOrEqual(60);
    }
    const senior = rows.filter((v) => v.skills.includes('senior')).length / rows.length;
    const vehicle = rows.filter((v) => v.skills.includes('vehicle-loan')).length / rows.length;
    expect(senior).toBeGreaterThan(0.02);
    expect(vehicle).toBeGreaterThan(0.02);
    const lateCollections = rows.filter((v) => v.kind === 'collection' && Number(v.overdue_days) >= 90);
    const meanPriority = lateCollections.reduce((s, v) => s + Number(v.priority), 0) / lateCollections.length;
    expect(meanPriority).toBeGreaterThan(4.5);
  });

  it('builds a roster with shifts, breaks, capacity and one expired senior skill', () => {
    const roster = generateDemoDay({ date: DATE, visits: 100, officers: 200, seed: 4 }).officers;
    const expiredSenior = roster.filter((o) => o.skills.split(';').some((s) => s.startsWith('senior@') && s.slice(7) < DATE));
    expect(expiredSenior).toHaveLength(1);
    for (const o of roster) {
      const skills = o.skills.split(';').map((s) => s.split('@')[0]);
      expect(skills.includes('collection') || skills.includes('verification')).toBe(true);
      const isEvening = o.shift_start === '11:00';
      expect([o.shift_start, o.shift_end, o.break_start, o.break_min]).toEqual(
        isEvening ? ['11:00', '21:00', '16:30-18:00', '30'] : ['08:30', '18:00', '11:30-13:30', '60'],
      );
      expect(Number(o.max_visits)).toBeGreaterThanOrEqual(10);
      expect(Number(o.max_visits)).toBeLessThanOrEqual(16);
    }
    const evening = roster.filter((o) => o.shift_start === '11:00').length / roster.length;
    expect(evening).toBeGreaterThan(0.05);
    expect(evening).toBeLessThan(0.3);
    const motorised = roster.filter((o) => o.travel_mode === 'scooter' || o.travel_mode === 'driving').length / roster.length;
    expect(motorised).toBeGreaterThan(0.65);
  });

  it('gives even a one-officer roster both core skills', () => {
    const [only] = generateDemoDay({ date: DATE, visits: 10, officers: 1, seed: 8 }).officers;
    const valid = only.skills
      .split(';')
      .filter((s) => !s.includes('@') || s.split('@')[1] >= DATE)
      .map((s) => s.split('@')[0]);
    expect(valid).toEqual(expect.arrayContaining(['collection', 'verification']));
  });

  it('round-trips through CSV text', () => {
    const text = toCsv(day.visits, VISIT_COLUMNS);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(day.visits);
  });
});
