import type { Plan, PlanChanges, Route, UnassignedVisit } from '../domain';

/** What a day's first plan is the change from: no routes, nothing unassigned. */
const NO_PLAN = { id: null, routes: [], unassigned: [] } satisfies Pick<Plan, 'routes' | 'unassigned'> & { id: null };

/**
 * The changes from `base` (null: the day had no plan) to `next`. Routes are compared stop by stop
 * and the unassigned list by visit and sentence: cheap next to sending a 5,000-visit plan again.
 */
export function diffPlans(baseOrNone: Plan | null, next: Plan): PlanChanges {
  const base = baseOrNone ?? NO_PLAN;
  const before = new Map(base.routes.map((r) => [r.officerId, r]));
  const routes = next.routes.filter((r) => {
    const old = before.get(r.officerId);
    return !old || !sameRoute(old, r);
  });
  const nextById = new Map(next.unassigned.map((u) => [u.visitId, u]));
  const baseById = new Map(base.unassigned.map((u) => [u.visitId, u]));
  const unassignedRemoved = base.unassigned
    .filter((u) => {
      const now = nextById.get(u.visitId);
      return !now || !sameUnassigned(u, now);
    })
    .map((u) => u.visitId);
  const removed = new Set<string>(unassignedRemoved);
  const unassignedAdded = next.unassigned.filter((u) => !baseById.has(u.visitId) || removed.has(u.visitId));
  const changes: PlanChanges = {
    baseId: base.id,
    date: next.date,
    planId: next.id,
    parentId: next.parentId,
    planner: next.planner,
    seed: next.seed,
    createdAt: next.createdAt,
    stats: next.stats,
    violations: next.violations,
    locks: next.locks,
    rulesVersion: next.rulesVersion,
    overrides: next.overrides,
    travelSource: next.travelSource,
    routeOrder: next.routes.map((r) => r.officerId),
    routes,
    unassignedAdded,
    unassignedRemoved,
    unassignedAll: null,
  };
  const rebuilt = patchUnassigned(base.unassigned, changes);
  const sameOrder = rebuilt.length === next.unassigned.length && rebuilt.every((u, i) => u.visitId === next.unassigned[i].visitId);
  return sameOrder ? changes : { ...changes, unassignedAdded: [], unassignedRemoved: [], unassignedAll: next.unassigned };
}

/** The plan `changes` lead to from `base`, reusing base's unchanged route objects. */
export function applyPlanChanges(baseOrNone: Plan | null, changes: PlanChanges): Plan {
  const base = baseOrNone ?? NO_PLAN;
  if (changes.baseId !== base.id) {
    throw new Error(`These changes were made on plan ${changes.baseId ?? '(none)'}, not on ${base.id ?? '(none)'}.`);
  }
  const changed = new Map(changes.routes.map((r) => [r.officerId, r]));
  const before = new Map(base.routes.map((r) => [r.officerId, r]));
  const routes = changes.routeOrder.map((id) => {
    const route = changed.get(id) ?? before.get(id);
    if (!route) throw new Error(`The changes name officer ${id}'s route but do not carry it.`);
    return route;
  });
  return {
    id: changes.planId,
    date: changes.date,
    planner: changes.planner,
    seed: changes.seed,
    createdAt: changes.createdAt,
    routes,
    unassigned: patchUnassigned(base.unassigned, changes),
    stats: changes.stats,
    violations: changes.violations,
    locks: changes.locks,
    rulesVersion: changes.rulesVersion,
    overrides: changes.overrides,
    travelSource: changes.travelSource,
    parentId: changes.parentId,
  };
}

function patchUnassigned(base: readonly UnassignedVisit[], changes: PlanChanges): UnassignedVisit[] {
  if (changes.unassignedAll) return changes.unassignedAll;
  const removed = new Set<string>(changes.unassignedRemoved);
  return [...base.filter((u) => !removed.has(u.visitId)), ...changes.unassignedAdded];
}

/** An edit keeps the routes it did not touch as the same objects: only the others need a look. */
function sameRoute(a: Route, b: Route): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function sameUnassigned(a: UnassignedVisit, b: UnassignedVisit): boolean {
  return a.message.en === b.message.en && a.message.zh === b.message.zh && a.reasons.join() === b.reasons.join();
}

/** Which of `visitIds` the changes put into a route (a hand-over's visits that found an officer). */
export function placedBy(changes: PlanChanges, visitIds: readonly string[]): string[] {
  const routed = new Set<string>(changes.routes.flatMap((r) => r.stops.map((s) => s.visitId)));
  return visitIds.filter((id) => routed.has(id));
}
