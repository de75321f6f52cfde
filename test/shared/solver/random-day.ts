import type { Officer, OfficerId, TravelMatrix, Visit, VisitId } from '../../../shared/domain';
import { DEFAULT_PLANNING_RULES } from '../../../shared/domain';
import { createRng } from '../../../shared/solver';
import type { PlanRequest } from '../../../shared/domain';

/**
 * A synthetic city day for speed tests: V visits and K officers scattered over a 15 km square,
 * straight-line metres × 1.35 as road distance, 24 km/h driving / 20 km/h scooter plus parking
 * time, a lunch break, mixed windows and priorities, 10 % of visits needing a skill half the
 * officers hold. All data is made up.
 */
export function randomDay(V: number, K: number, seed: number): PlanRequest {
  const rng = createRng(seed);
  const points: [number, number][] = [];
  const place = { lat: 0, lng: 0, system: 'wgs84' as const };
  const visits: Visit[] = [];
  for (let i = 0; i < V; i++) {
    points.push([rng.next() * 15_000, rng.next() * 15_000]);
    const shape = rng.int(4);
    const windows =
      shape === 0
        ? [{ startSec: 8 * 3600, endSec: 20 * 3600 }]
        : shape === 1
          ? [{ startSec: 9 * 3600, endSec: 12 * 3600 }]
          : shape === 2
            ? [{ startSec: 13 * 3600, endSec: 17 * 3600 }]
            : [
                { startSec: (9 + rng.int(2)) * 3600, endSec: (11 + rng.int(2)) * 3600 },
                { startSec: 15 * 3600, endSec: 18 * 3600 },
              ];
    visits.push({
      id: `V${i}` as VisitId,
      date: '2026-11-23',
      kind: 'collection',
      customerId: `C${rng.int(V * 4)}`,
      customerName: 'Test Customer',
      phone: '',
      address: 'Synthetic address',
      location: place,
      windows,
      serviceSec: (10 + rng.int(16)) * 60,
      priority: 1 + rng.int(5),
      riskScore: null,
      overdueDays: null,
      overdueAmount: null,
      requiredSkills: rng.next() < 0.1 ? ['legal'] : [],
      approvalRef: `A${i}`,
      approvedBy: null,
      approvalExpires: null,
      approvalScope: null,
      status: 'approved',
      notes: '',
    });
  }
  const officers: Officer[] = [];
  for (let k = 0; k < K; k++) {
    const home: [number, number] = [rng.next() * 15_000, rng.next() * 15_000];
    points.push(home, home);
    officers.push({
      id: `O${k}` as OfficerId,
      name: `Officer ${k}`,
      team: 'T',
      agency: 'Test Agency',
      start: place,
      end: rng.next() < 0.2 ? null : place,
      shiftStartSec: 8 * 3600,
      shiftEndSec: 18 * 3600,
      breaks: [{ earliestStartSec: 12 * 3600, latestStartSec: 13.5 * 3600, durationSec: 3600 }],
      maxVisits: 30,
      maxWorkingSec: 10 * 3600,
      skills: rng.next() < 0.5 ? [{ skill: 'legal', validUntil: null }] : [],
      travelMode: rng.next() < 0.7 ? 'driving' : 'scooter',
      isActive: true,
    });
  }
  return { date: '2026-11-23', visits, officers, matrix: cityMatrix(points), rules: DEFAULT_PLANNING_RULES };
}

function cityMatrix(points: [number, number][]): TravelMatrix {
  const size = points.length;
  const distanceM = new Int32Array(size * size);
  const driving = new Int32Array(size * size);
  const scooter = new Int32Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const m = Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1]) * 1.35;
      distanceM[i * size + j] = Math.round(m);
      driving[i * size + j] = m === 0 ? 0 : Math.round(m / (24 / 3.6)) + 180;
      scooter[i * size + j] = m === 0 ? 0 : Math.round(m / (20 / 3.6)) + 90;
    }
  }
  return { size, distanceM, durationSec: { driving, scooter } };
}
