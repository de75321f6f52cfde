import { planningRulesOn } from './lawful-day';
import type { OfficerId, Plan, Visit } from '../../../shared/domain';
import type { EditedParts } from '../db/repos/plans-repo';
import { reportedTimes } from './reported-times-service';
import { retimeRoutes } from './plan-edit/retime-routes';
import { mergeRoutes } from './plan-edit-service';
import { planningBusy } from './plan-jobs';
import { newPlanId, planStats } from './planning-service';
import type { PlanContext } from './plan-context';
import { officersOnDate } from './day-roster';

/** The plan version that goes with a visit's new record, and the plan it replaces. */
export interface RecordVersion {
  base: Plan;
  plan: Plan;
  parts: EditedParts;
}

/**
 * The version of the day's current plan that takes a visit's new record (`after`): the route it is
 * in is re-timed with its new window, place and service time (best effort: a missed window is timed
 * and then flagged by the check the caller runs); every other route and the unassigned list stay as
 * they are. Null when the visit's day has no plan.
 */
export async function recordVersion(ctx: PlanContext, after: Visit): Promise<RecordVersion | null> {
  const { date } = after;
  if (ctx.jobs.isRunning(date)) throw planningBusy(date);
  const base = ctx.store.current(date);
  if (!base) return null;
  const route = base.routes.find((r) => r.stops.some((s) => s.visitId === after.id));
  const officers: OfficerId[] = route ? [route.officerId] : [];
  let routes = base.routes;
  if (route) {
    const order = route.stops.map((s) => s.visitId);
    const visits = new Map<string, Visit>(ctx.repos.visits.getMany(order).map((v) => [v.id, v]));
    visits.set(after.id, after);
    const retimed = await retimeRoutes(new Map([[route.officerId, order]]), {
      date,
      rules: planningRulesOn(ctx.repos, date, ctx.deps.rules),
      travel: ctx.deps.travel,
      visits,
      officers: officersOnDate(ctx.repos, [route.officerId], date),
      actuals: reportedTimes(ctx.repos, visits),
    });
    routes = mergeRoutes(base.routes, retimed);
  }
  const createdAt = ctx.deps.clock().toISOString();
  const assigned = routes.reduce((n, r) => n + r.stops.length, 0);
  const plan: Plan = {
    ...base,
    id: newPlanId(date, createdAt),
    createdAt,
    routes,
    parentId: base.id,
    stats: planStats(assigned + base.unassigned.length, routes, base.unassigned, 0),
  };
  return { base, plan, parts: { officers, unassignedChanged: false } };
}
