import type { Officer, OfficerId, PlanningRules, TravelMatrix, TravelMode, Visit, VisitId } from '../../../shared/domain';
import { DEFAULT_PLANNING_RULES } from '../../../shared/domain';
import type { PlanRequest } from '../../../shared/domain';

/**
 * Tiny synthetic worlds for solver tests. Places sit on a line: position x is "minutes from 0",
 * so travel between x₁ and x₂ takes |x₁ − x₂| minutes and covers |x₁ − x₂| × 500 m.
 */

export const DATE = '2026-11-23';

/** `hhmm('09:30')` → 34 200 seconds since midnight. */
export function hhmm(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return h * 3600 + m * 60;
}

/** Minutes → seconds. */
export const min = (minutes: number): number => minutes * 60;

/** A visit with test defaults; `x` is its place on the line. */
export interface LineVisit extends Partial<Omit<Visit, 'id'>> {
  id: string;
  x: number;
}

/** An officer with test defaults; `startX` / `endX` place them (endX null: open end). */
export interface LineOfficer extends Partial<Omit<Officer, 'id' | 'end'>> {
  id: string;
  startX?: number;
  endX?: number | null;
}

export function makeVisit(v: LineVisit): Visit {
  const { x: _x, ...rest } = v;
  return {
    date: DATE,
    kind: 'collection',
    customerId: `C-${v.id}`,
    customerName: 'Test Customer',
    phone: '',
    address: 'Synthetic test address',
    location: { lat: 0, lng: 0, system: 'wgs84' },
    windows: [{ startSec: hhmm('08:00'), endSec: hhmm('20:00') }],
    serviceSec: min(10),
    priority: 3,
    riskScore: null,
    overdueDays: null,
    overdueAmount: null,
    requiredSkills: [],
    approvalRef: `A-${v.id}`,
    approvedBy: null,
    approvalExpires: null,
    approvalScope: null,
    status: 'approved',
    notes: '',
    ...rest,
    id: v.id as VisitId,
  };
}

export function makeOfficer(o: LineOfficer): Officer {
  const { startX: _s, endX, ...rest } = o;
  const point = { lat: 0, lng: 0, system: 'wgs84' as const };
  return {
    name: `Officer ${o.id}`,
    team: 'T1',
    agency: 'Test Agency',
    start: point,
    end: endX === null ? null : point,
    shiftStartSec: hhmm('08:00'),
    shiftEndSec: hhmm('18:00'),
    breaks: [],
    maxVisits: 30,
    maxWorkingSec: 12 * 3600,
    skills: [],
    travelMode: 'driving',
    isActive: true,
    ...rest,
    id: o.id as OfficerId,
  };
}

/** Positions of every matrix point: visits, then each officer's start and end. */
export function linePositions(visits: readonly LineVisit[], officers: readonly LineOfficer[]): number[] {
  const xs = visits.map((v) => v.x);
  for (const o of officers) {
    xs.push(o.startX ?? 0);
    xs.push(o.endX ?? o.startX ?? 0);
  }
  return xs;
}

/** Travel matrix over points on the line; every mode listed gets the same minutes × `factor`. */
export function lineMatrix(xs: readonly number[], modes: readonly TravelMode[] = ['driving'], factor = 1): TravelMatrix {
  const size = xs.length;
  const distanceM = new Int32Array(size * size);
  const sec = new Int32Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const minutes = Math.abs(xs[i] - xs[j]);
      distanceM[i * size + j] = Math.round(minutes * 500);
      sec[i * size + j] = Math.round(minutes * 60 * factor);
    }
  }
  const durationSec: TravelMatrix['durationSec'] = {};
  for (const m of modes) durationSec[m] = sec;
  return { size, distanceM, durationSec };
}

/** A full request on the line world. */
export function lineRequest(
  visits: readonly LineVisit[],
  officers: readonly LineOfficer[],
  rules: Partial<PlanningRules> = {},
): PlanRequest {
  const modes = [...new Set(officers.map((o) => o.travelMode ?? 'driving'))];
  return {
    date: DATE,
    visits: visits.map(makeVisit),
    officers: officers.map(makeOfficer),
    matrix: lineMatrix(linePositions(visits, officers), modes.length > 0 ? modes : ['driving']),
    rules: { ...DEFAULT_PLANNING_RULES, ...rules },
  };
}
