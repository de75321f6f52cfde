import type { LocalDate, OfficerId, Plan, Visit, VisitId, VisitOutcome } from '../../../shared/domain';
import type { Repos } from '../db/repos';
import { officersOnDate } from './day-roster';
import { planningRulesOn } from './lawful-day';
import type { PlanContext } from './plan-context';
import { checkPlan } from './plan-check';
import { retimeRoutes } from './plan-edit/retime-routes';
import { mergeRoutes } from './plan-edit-service';
import { newPlanId, planStats } from './planning-service';
import { reportedTimes } from './reported-times-service';

/**
 * Re-times the running day from the officers' returns (issue 19): for each day whose current plan
 * routes a visit just reported with an arrival or leaving time, a plan version in which the
 * reported stops keep their reported times and the rest of those officers' routes follow from them
 * (a visit that ran long pushes the next ones later, and any window they now miss is flagged).
 * Other routes stay as they are. A day being planned, or whose plan changed meanwhile, is left
 * alone: its next change re-times from the returns anyway. Returns the plans saved.
 */
export async function retimeFromReports(ctx: PlanContext, outcomes: readonly VisitOutcome[]): Promise<Plan[]> {
  const timed = outcomes.filter((o) => o.arrivedSec !== null || o.leftSec !== null).map((o) => o.visitId);
  const byDate = new Map<LocalDate, VisitId[]>();
  for (const visit of ctx.repos.visits.getMany(timed)) byDate.set(visit.date, [...(byDate.get(visit.date) ?? []), visit.id]);
  const saved: Plan[] = [];
  for (const [date, reported] of byDate) {
    const plan = await retimedDay(ctx, date, new Set(reported));
    if (plan) saved.push(plan);
  }
  return saved;
}

async function retimedDay(ctx: PlanContext, date: LocalDate, reported: ReadonlySet<string>): Promise<Plan | null> {
  const base = ctx.store.current(date);
  if (!base || ctx.jobs.isRunning(date)) return null;
  const orders = new Map<OfficerId, VisitId[]>(
    base.routes.filter((r) => r.stops.some((s) => reported.has(s.visitId))).map((r) => [r.officerId, r.stops.map((s) => s.visitId)]),
  );
  if (orders.size === 0) return null;
  const visits = new Map<string, Visit>(ctx.repos.visits.getMany([...orders.values()].flat()).map((v) => [v.id, v]));
  const retimed = await retimeRoutes(orders, {
    date,
    rules: planningRulesOn(ctx.repos, date, ctx.deps.rules),
    travel: ctx.deps.travel,
    visits,
    officers: officersOnDate(ctx.repos, orders.keys(), date),
    actuals: reportedTimes(ctx.repos, visits),
  });
  const routes = mergeRoutes(base.routes, retimed);
  const createdAt = ctx.deps.clock().toISOString();
  const assigned = routes.reduce((n, r) => n + r.stops.length, 0);
  const draft: Plan = {
    ...base,
    id: newPlanId(date, createdAt),
    createdAt,
    parentId: base.id,
    routes,
    stats: planStats(assigned + base.unassigned.length, routes, base.unassigned, 0),
  };
  return saveIfCurrent(ctx, base, draft, [...orders.keys()]);
}

/** Saves the re-timed version, audited, unless the day's plan changed while it was timed. */
function saveIfCurrent(ctx: PlanContext, base: Plan, draft: Plan, officers: OfficerId[]): Plan | null {
  const repos: Repos = ctx.repos;
  return repos.transaction(() => {
    if (repos.plans.currentId(base.date) !== base.id) return null;
    const plan = { ...draft, violations: checkPlan(repos, ctx.deps, draft) };
    repos.plans.saveEdited(plan, { officers, unassignedChanged: false });
    repos.audit.append({ action: 'plan.retimeFromReports', entity: 'plan', entityId: plan.id, detail: { date: plan.date, officers } });
    ctx.store.remember(plan);
    return plan;
  });
}
