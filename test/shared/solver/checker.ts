import { plannedBreak, type PlanRequest, type PlanResult, type Route } from '../../../shared/domain';
import { verifyPlan, verifyRoute } from '../../../shared/logic/verify-plan';

/**
 * Checks every plan the solver tests produce: the independent checker (shared/logic/verify-plan)
 * plus the solver's own conventions from shared/solver/README.md that a valid plan need not
 * follow (no empty routes, leaving as late as possible, no break that was not needed).
 * Returns a list of problems; empty means the plan obeys the rules.
 */
export function checkPlan(request: PlanRequest, plan: PlanResult): string[] {
  const problems = verifyPlan(request, plan).violations.map((v) => v.message);
  for (const u of plan.unassigned) {
    if (!u.message.en || !u.message.zh) problems.push(`${u.visitId}: message missing a language`);
  }
  for (const r of plan.routes) problems.push(...conventions(request, r).map((p) => `${r.officerId}: ${p}`));
  return problems;
}

/** Checks one route on its own: the independent route checks plus the solver's conventions. */
export function checkRoute(request: PlanRequest, r: Route): string[] {
  return [...verifyRoute(request, r).map((v) => v.message), ...conventions(request, r)];
}

function conventions(request: PlanRequest, r: Route): string[] {
  const out: string[] = [];
  const o = request.officers.find((officer) => officer.id === r.officerId);
  if (!o) return out;
  const bt = r.breakTaken;
  const brk = plannedBreak(o);
  if (r.stops.length === 0) out.push('empty route');
  for (const s of r.stops) {
    const v = request.visits.find((visit) => visit.id === s.visitId);
    if (v && !['approved', 'planned'].includes(v.status)) out.push(`${v.id} not plannable`);
  }
  if (bt && !(brk && r.finishSec > brk.earliestStartSec)) out.push('break taken but not needed');
  if (bt && o.end === null && bt.afterStop === r.stops.length - 1) out.push('break after the last visit of an open end');
  if (r.stops.length > 0 && bt?.afterStop !== -1) {
    const first = r.stops[0];
    if (r.departSec !== first.startSec - first.travelSec) out.push('does not leave as late as possible');
  }
  return out;
}
