import type { PlanRequest, PlanResult } from '../../../shared/domain';
import { DEFAULT_BALANCE_WEIGHT } from '../../../shared/solver';

/**
 * Orders two plans for the same request the way the planner's objective does: fewer visits left
 * out (a higher priority outweighs any number of lower ones), then fewer officers when that is the
 * objective, then less travel plus the workload-spread price for the balanced objective.
 * Negative when `a` is better.
 */
export function comparePlans(request: PlanRequest, a: PlanResult, b: PlanResult): number {
  const priority = new Map(request.visits.map((v) => [v.id, v.priority]));
  const missing = (plan: PlanResult): number[] => {
    const counts = [0, 0, 0, 0, 0, 0];
    for (const u of plan.unassigned) counts[priority.get(u.visitId) ?? 1]++;
    return counts;
  };
  const ma = missing(a);
  const mb = missing(b);
  for (let p = 5; p >= 1; p--) if (ma[p] !== mb[p]) return ma[p] - mb[p];
  const kind = request.objective?.kind ?? 'least-travel';
  if (kind === 'fewest-officers' && a.routes.length !== b.routes.length) return a.routes.length - b.routes.length;
  return secondaryCost(request, a) - secondaryCost(request, b);
}

function secondaryCost(request: PlanRequest, plan: PlanResult): number {
  const travel = plan.routes.reduce((sum, r) => sum + r.travelSec, 0);
  if (request.objective?.kind !== 'balanced') return travel;
  const officers = request.officers.filter((o) => o.isActive).length || 1;
  const working = plan.routes.map((r) => r.workingSec);
  const mean = working.reduce((s, w) => s + w, 0) / officers;
  const spread = working.reduce((s, w) => s + Math.abs(w - mean), 0) + (officers - working.length) * mean;
  return travel + (request.objective.balanceWeight ?? DEFAULT_BALANCE_WEIGHT) * spread;
}
