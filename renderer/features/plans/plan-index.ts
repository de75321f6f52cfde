import type { Plan, PlanViolation, Route, UnassignedVisit } from '../../../shared/domain';

/** Where a visit sits in the plan. */
export interface Placement {
  officerId: string;
  /** 0-based order in the officer's route. */
  position: number;
}

/** Look-ups every view of the board needs, built once per plan. */
export interface PlanIndex {
  placeOf: ReadonlyMap<string, Placement>;
  routeOf: ReadonlyMap<string, Route>;
  unassigned: ReadonlyMap<string, UnassignedVisit>;
  violationsOfVisit: ReadonlyMap<string, readonly PlanViolation[]>;
  /** Every violation in an officer's route, visit-specific and route-wide. */
  violationsOfOfficer: ReadonlyMap<string, readonly PlanViolation[]>;
  pinnedTo: ReadonlyMap<string, string>;
  lockedOfficers: ReadonlySet<string>;
}

export const EMPTY_INDEX: PlanIndex = {
  placeOf: new Map(),
  routeOf: new Map(),
  unassigned: new Map(),
  violationsOfVisit: new Map(),
  violationsOfOfficer: new Map(),
  pinnedTo: new Map(),
  lockedOfficers: new Set(),
};

export function indexPlan(plan: Plan | null | undefined): PlanIndex {
  if (!plan) return EMPTY_INDEX;
  const placeOf = new Map<string, Placement>();
  const routeOf = new Map<string, Route>();
  for (const route of plan.routes) {
    routeOf.set(route.officerId, route);
    route.stops.forEach((stop, position) => placeOf.set(stop.visitId, { officerId: route.officerId, position }));
  }
  const violationsOfVisit = new Map<string, PlanViolation[]>();
  const violationsOfOfficer = new Map<string, PlanViolation[]>();
  for (const violation of plan.violations) {
    push(violationsOfOfficer, violation.officerId, violation);
    if (violation.visitId !== null) push(violationsOfVisit, violation.visitId, violation);
  }
  return {
    placeOf,
    routeOf,
    unassigned: new Map(plan.unassigned.map((u) => [u.visitId as string, u])),
    violationsOfVisit,
    violationsOfOfficer,
    pinnedTo: new Map(plan.locks.pinned.map((p) => [p.visitId as string, p.officerId as string])),
    lockedOfficers: new Set(plan.locks.fixedOrder),
  };
}

/** What the board flags on a visit: a broken rule (red) or no place in the plan (with reasons). */
export type VisitProblem =
  { kind: 'violation'; violations: readonly PlanViolation[] } | { kind: 'unassigned'; unassigned: UnassignedVisit };

export function problemOf(index: PlanIndex, visitId: string): VisitProblem | null {
  const violations = index.violationsOfVisit.get(visitId);
  if (violations) return { kind: 'violation', violations };
  const unassigned = index.unassigned.get(visitId);
  return unassigned ? { kind: 'unassigned', unassigned } : null;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
