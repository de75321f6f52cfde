import type { PlanView } from '../../../shared/api/contract';
import type { Plan, PlanLocks, PlanViolation, Route, UnassignedVisit } from '../../../shared/domain';

/**
 * The next plan, reusing the previous plan's route objects where a route did not change. An edit
 * touches two routes; keeping the other routes' identity lets memoised rows and map layers skip
 * them, which is what keeps a drop on a 200-officer board fast.
 */
export function sharePlan(previous: Plan | null | undefined, next: Plan): Plan {
  if (!previous || previous === next) return next;
  const before = new Map<string, Route>(previous.routes.map((route) => [route.officerId, route]));
  const routes = next.routes.map((route) => {
    const old = before.get(route.officerId);
    return old && sameRoute(old, route) ? old : route;
  });
  return {
    ...next,
    routes,
    unassigned: sameList(previous.unassigned, next.unassigned, sameUnassigned) ? previous.unassigned : next.unassigned,
    violations: sameList(previous.violations, next.violations, sameViolation) ? previous.violations : next.violations,
    locks: sameLocks(previous.locks, next.locks) ? previous.locks : next.locks,
  };
}

/** A plan view with its plan shared against the previous one. */
export function shareView(previous: PlanView | null | undefined, next: PlanView): PlanView {
  return { ...next, plan: sharePlan(previous?.plan, next.plan) };
}

/** Same timing and order; compared field by field, which is cheap next to re-rendering a row. */
export function sameRoute(a: Route, b: Route): boolean {
  if (a === b) return true;
  if (
    a.officerId !== b.officerId ||
    a.departSec !== b.departSec ||
    a.finishSec !== b.finishSec ||
    a.travelSec !== b.travelSec ||
    a.distanceM !== b.distanceM ||
    a.workingSec !== b.workingSec ||
    a.returnTravelSec !== b.returnTravelSec ||
    a.returnDistanceM !== b.returnDistanceM ||
    a.stops.length !== b.stops.length
  )
    return false;
  if (
    a.breakTaken?.startSec !== b.breakTaken?.startSec ||
    a.breakTaken?.endSec !== b.breakTaken?.endSec ||
    a.breakTaken?.afterStop !== b.breakTaken?.afterStop
  )
    return false;
  for (let i = 0; i < a.stops.length; i++) {
    const s = a.stops[i];
    const t = b.stops[i];
    if (
      s.visitId !== t.visitId ||
      s.arrivalSec !== t.arrivalSec ||
      s.startSec !== t.startSec ||
      s.endSec !== t.endSec ||
      s.travelSec !== t.travelSec ||
      s.distanceM !== t.distanceM ||
      s.waitSec !== t.waitSec
    )
      return false;
  }
  return true;
}

// Field by field rather than JSON.stringify: thousands of unassigned visits would cost more than the render saved.
function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}

function sameUnassigned(a: UnassignedVisit, b: UnassignedVisit): boolean {
  return (
    a.visitId === b.visitId &&
    a.message.en === b.message.en &&
    a.message.zh === b.message.zh &&
    sameList(a.reasons, b.reasons, (x, y) => x === y)
  );
}

function sameViolation(a: PlanViolation, b: PlanViolation): boolean {
  return (
    a.officerId === b.officerId &&
    a.visitId === b.visitId &&
    a.rule === b.rule &&
    a.message.en === b.message.en &&
    a.message.zh === b.message.zh
  );
}

function sameLocks(a: PlanLocks, b: PlanLocks): boolean {
  return (
    sameList(a.pinned, b.pinned, (x, y) => x.visitId === y.visitId && x.officerId === y.officerId) &&
    sameList(a.fixedOrder, b.fixedOrder, (x, y) => x === y) &&
    sameList(a.done, b.done, (x, y) => x === y)
  );
}
