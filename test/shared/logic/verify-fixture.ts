import { DEFAULT_PLANNING_RULES, Officer, Route, UnassignedVisit, Visit, type TravelMatrix } from '../../../shared/domain';
import type { PlanRequest, PlanResult } from '../../../shared/domain';

/*
 * A hand-made day on a straight road, positions in metres:
 *   O1 home 0 ── V1 3000 ── V2 6000 ── V3 9000 ── O2 home 12000
 * Matrix points: V1=0, V2=1, V3=2, O1 start=3, O1 end=4, O2 start=5, O2 end=6.
 * Distance = |Δx| m; scooter time = distance / 5 m/s, so 3000 m takes 600 s.
 */
export const H = 3600;
const POSITIONS_M = [3000, 6000, 9000, 0, 0, 12000, 12000];

export function lineMatrix(): TravelMatrix {
  const size = POSITIONS_M.length;
  const distanceM = new Int32Array(size * size);
  const scooter = new Int32Array(size * size);
  for (let a = 0; a < size; a += 1) {
    for (let b = 0; b < size; b += 1) {
      distanceM[a * size + b] = Math.abs(POSITIONS_M[a] - POSITIONS_M[b]);
      scooter[a * size + b] = distanceM[a * size + b] / 5;
    }
  }
  return { size, distanceM, durationSec: { scooter } };
}

function visit(id: string, windows: [number, number][], skills: string[]): Visit {
  return Visit.parse({
    id,
    date: '2026-11-23',
    kind: skills[0] === 'collection' ? 'collection' : 'verification',
    customerId: `C-${id}`,
    customerName: '测试',
    phone: '17000000000',
    address: '上海市示例路1号',
    location: { lat: 31.2, lng: 121.4, system: 'wgs84' },
    windows: windows.map(([startSec, endSec]) => ({ startSec, endSec })),
    serviceSec: 1800,
    priority: 3,
    riskScore: null,
    overdueDays: null,
    overdueAmount: null,
    requiredSkills: skills,
    approvalRef: `AP-${id}`,
    status: 'approved',
    notes: '',
  });
}

function officer(id: string): Officer {
  return Officer.parse({
    id,
    name: '外访员',
    team: 'T',
    agency: 'A',
    start: { lat: 31.2, lng: 121.4, system: 'wgs84' },
    end: { lat: 31.2, lng: 121.4, system: 'wgs84' },
    shiftStartSec: 8.5 * H,
    shiftEndSec: 18 * H,
    // Lunch: start between 11:30 and 13:30, one hour.
    breaks: [{ earliestStartSec: 11.5 * H, latestStartSec: 13.5 * H, durationSec: H }],
    maxVisits: 10,
    maxWorkingSec: 9 * H,
    skills: [
      { skill: 'collection', validUntil: null },
      { skill: 'verification', validUntil: '2027-01-01' },
    ],
    travelMode: 'scooter',
    isActive: true,
  });
}

/** V1 09:00–12:00 (verification), V2 13:30–17:30 (collection), V3 09:00–12:00; 30 min each. */
export function request(): PlanRequest {
  return {
    date: '2026-11-23',
    visits: [
      visit('V1', [[9 * H, 12 * H]], ['verification']),
      visit('V2', [[13.5 * H, 17.5 * H]], ['collection']),
      visit('V3', [[9 * H, 12 * H]], ['verification']),
    ],
    officers: [officer('O1'), officer('O2')],
    matrix: lineMatrix(),
    rules: structuredClone(DEFAULT_PLANNING_RULES),
  };
}

/**
 * O1: leave 08:50 (31800), +600 s → V1 at 09:00 (32400), done 09:30 (34200); wait, lunch
 * 11:30–12:30 (41400–45000) after V1; +600 s → V2 at 12:40 (45600), wait 3000 s to 13:30 (48600),
 * done 14:00 (50400); home +1200 s → 14:20 (51600). Travel 2400 s, 12000 m; working 19800 s.
 * O2 unused; V3 unassigned.
 */
export function plan(): PlanResult {
  const o1 = Route.parse({
    officerId: 'O1',
    departSec: 31800,
    stops: [
      { visitId: 'V1', arrivalSec: 32400, startSec: 32400, endSec: 34200, travelSec: 600, distanceM: 3000, waitSec: 0 },
      { visitId: 'V2', arrivalSec: 45600, startSec: 48600, endSec: 50400, travelSec: 600, distanceM: 3000, waitSec: 3000 },
    ],
    breakTaken: { startSec: 41400, endSec: 45000, afterStop: 0 },
    returnTravelSec: 1200,
    returnDistanceM: 6000,
    finishSec: 51600,
    travelSec: 2400,
    distanceM: 12000,
    workingSec: 19800,
  });
  const o2 = Route.parse({
    officerId: 'O2',
    departSec: 8.5 * H,
    stops: [],
    breakTaken: null,
    returnTravelSec: 0,
    returnDistanceM: 0,
    finishSec: 8.5 * H,
    travelSec: 0,
    distanceM: 0,
    workingSec: 0,
  });
  const unassigned = [UnassignedVisit.parse({ visitId: 'V3', reasons: ['capacity'], message: { en: 'No room.', zh: '容量不足。' } })];
  return { routes: [o1, o2], unassigned };
}
