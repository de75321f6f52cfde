import type { VisitSummary } from '../../shared/api/contract';
import { OfficerId, PlanId, VisitId, type Officer, type Plan, type PlannedStop, type Route } from '../../shared/domain';

/** A masked visit row as `visits.list` returns it. */
export function sampleVisit(overrides: Partial<VisitSummary> = {}): VisitSummary {
  return {
    id: VisitId.parse('V-1'),
    date: '2026-11-23',
    kind: 'collection',
    customerId: 'C1',
    address: '上海市长寿路1号',
    location: { lat: 31.24, lng: 121.44, system: 'wgs84' },
    windows: [{ startSec: 9 * 3600, endSec: 11 * 3600 + 30 * 60 }],
    serviceSec: 1800,
    priority: 4,
    riskScore: null,
    overdueDays: 12,
    overdueAmount: 800,
    requiredSkills: [],
    approvalRef: 'AP-1',
    approvedBy: null,
    approvalExpires: null,
    approvalScope: null,
    status: 'approved',
    notes: '',
    displayName: '王**',
    phoneMasked: '138****5678',
    ...overrides,
  };
}

/** An officer on the roster. */
export function sampleOfficer(overrides: Partial<Officer> = {}): Officer {
  return {
    id: OfficerId.parse('OF1'),
    name: '李伟',
    team: 'East',
    agency: 'Demo',
    start: { lat: 31.2, lng: 121.4, system: 'wgs84' },
    end: null,
    shiftStartSec: 9 * 3600,
    shiftEndSec: 18 * 3600,
    breaks: [],
    maxVisits: 10,
    maxWorkingSec: 9 * 3600,
    skills: [],
    travelMode: 'scooter',
    isActive: true,
    ...overrides,
  };
}

/** A planned stop: `startMin`..`startMin + 30` with 10 minutes of travel before it. */
export function sampleStop(visitId: string, startMin: number): PlannedStop {
  const startSec = startMin * 60;
  return {
    visitId: VisitId.parse(visitId),
    arrivalSec: startSec,
    startSec,
    endSec: startSec + 1800,
    travelSec: 600,
    distanceM: 2000,
    waitSec: 0,
  };
}

/** A route through the given `[visitId, startMin]` stops, leaving at 09:00. */
export function sampleRoute(officerId: string, stops: [string, number][], overrides: Partial<Route> = {}): Route {
  const planned = stops.map(([id, min]) => sampleStop(id, min));
  const finishSec = planned.length > 0 ? planned[planned.length - 1].endSec + 600 : 9 * 3600;
  return {
    officerId: OfficerId.parse(officerId),
    departSec: 9 * 3600,
    stops: planned,
    breakTaken: null,
    returnTravelSec: 600,
    returnDistanceM: 2000,
    finishSec,
    travelSec: 600 * (planned.length + 1),
    distanceM: 2000 * (planned.length + 1),
    workingSec: finishSec - 9 * 3600,
    ...overrides,
  };
}

/** A plan with the given routes; everything else empty. */
export function samplePlan(routes: Route[], overrides: Partial<Plan> = {}): Plan {
  return {
    id: PlanId.parse('P-1'),
    date: '2026-11-23',
    planner: 'test',
    rulesVersion: null,
    overrides: [],
    seed: 1,
    createdAt: '2026-11-22T20:00:00Z',
    routes,
    unassigned: [],
    stats: {
      visitCount: 0,
      assignedCount: 0,
      unassignedCount: 0,
      officersUsed: routes.length,
      travelSec: 0,
      distanceM: 0,
      workingSec: 0,
      solveMs: 0,
    },
    violations: [],
    locks: { pinned: [], fixedOrder: [], done: [] },
    parentId: null,
    ...overrides,
  };
}
