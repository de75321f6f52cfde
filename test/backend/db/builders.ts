import type { Officer, OfficerId, Plan, PlanId, Visit, VisitId } from '../../../shared/domain';

/** Synthetic data only: invented names, numbers and places. */
export function makeVisit(id: string, overrides: Partial<Visit> = {}): Visit {
  return {
    id: id as VisitId,
    date: '2026-03-02',
    kind: 'collection',
    customerId: `C-${id}`,
    customerName: '测试客户',
    phone: '+86 100 0000 0000',
    address: '示例路 1 号',
    location: { lat: 31.2304, lng: 121.4737, system: 'gcj02' },
    windows: [
      { startSec: 9 * 3600, endSec: 12 * 3600 },
      { startSec: 14 * 3600, endSec: 17 * 3600 },
    ],
    serviceSec: 1800,
    priority: 3,
    riskScore: 42.5,
    overdueDays: 31,
    overdueAmount: 1234.56,
    requiredSkills: ['collection'],
    approvalRef: `APR-${id}`,
    approvedBy: null,
    approvalExpires: null,
    approvalScope: null,
    status: 'approved',
    notes: '',
    ...overrides,
  };
}

export function makeOfficer(id: string, overrides: Partial<Officer> = {}): Officer {
  return {
    id: id as OfficerId,
    name: `Officer ${id}`,
    team: 'East',
    agency: 'Example Agency',
    start: { lat: 31.2, lng: 121.4, system: 'wgs84' },
    end: { lat: 31.25, lng: 121.45, system: 'gcj02' },
    shiftStartSec: 8 * 3600,
    shiftEndSec: 18 * 3600,
    breaks: [{ earliestStartSec: 11.5 * 3600, latestStartSec: 13 * 3600, durationSec: 3600 }],
    maxVisits: 8,
    maxWorkingSec: 9 * 3600,
    skills: [
      { skill: 'collection', validUntil: null },
      { skill: 'senior', validUntil: '2026-12-31' },
    ],
    travelMode: 'scooter',
    isActive: true,
    ...overrides,
  };
}

/** Two routes (the second with a lunch break), two unassigned visits. */
export function makePlan(id: string, overrides: Partial<Plan> = {}): Plan {
  return {
    id: id as PlanId,
    date: '2026-03-02',
    planner: 'ils-v1',
    rulesVersion: null,
    overrides: [],
    travelSource: null,
    seed: 7,
    createdAt: '2026-03-01T18:30:15.123Z',
    routes: [
      {
        officerId: 'O-2' as OfficerId,
        departSec: 30_000,
        stops: [
          {
            visitId: 'V-3' as VisitId,
            arrivalSec: 31_000,
            startSec: 32_400,
            endSec: 34_200,
            travelSec: 1000,
            distanceM: 4200,
            waitSec: 1400,
          },
        ],
        breakTaken: null,
        returnTravelSec: 900,
        returnDistanceM: 3800,
        finishSec: 35_100,
        travelSec: 1900,
        distanceM: 8000,
        workingSec: 5100,
      },
      {
        officerId: 'O-1' as OfficerId,
        departSec: 28_800,
        stops: [
          {
            visitId: 'V-1' as VisitId,
            arrivalSec: 30_000,
            startSec: 32_400,
            endSec: 34_200,
            travelSec: 1200,
            distanceM: 5000,
            waitSec: 2400,
          },
          { visitId: 'V-2' as VisitId, arrivalSec: 34_800, startSec: 34_800, endSec: 36_600, travelSec: 600, distanceM: 2100, waitSec: 0 },
          { visitId: 'V-4' as VisitId, arrivalSec: 41_000, startSec: 41_000, endSec: 42_800, travelSec: 800, distanceM: 3000, waitSec: 0 },
        ],
        breakTaken: { startSec: 37_000, endSec: 40_600, afterStop: 1 },
        returnTravelSec: 0,
        returnDistanceM: 0,
        finishSec: 42_800,
        travelSec: 2600,
        distanceM: 10_100,
        workingSec: 14_000,
      },
    ],
    unassigned: [
      {
        visitId: 'V-9' as VisitId,
        reasons: ['window_unreachable', 'max_visits_reached'],
        message: { en: 'No officer can reach this visit in its window.', zh: '没有外访员能在时间窗内到达。' },
      },
      {
        visitId: 'V-5' as VisitId,
        reasons: ['no_skilled_officer'],
        message: { en: 'No officer has the required skill.', zh: '没有具备所需技能的外访员。' },
      },
    ],
    stats: {
      visitCount: 6,
      assignedCount: 4,
      unassignedCount: 2,
      officersUsed: 2,
      travelSec: 4500,
      distanceM: 18_100,
      workingSec: 19_100,
      solveMs: 250,
    },
    violations: [],
    locks: { pinned: [], fixedOrder: [], done: [] },
    parentId: null,
    ...overrides,
  };
}

/** A clock the test moves by hand. */
export function fixedClock(iso: string): { now: () => Date; set(next: string): void } {
  let current = new Date(iso);
  return {
    now: () => current,
    set(next) {
      current = new Date(next);
    },
  };
}
