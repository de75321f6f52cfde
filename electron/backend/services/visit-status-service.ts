import { planningRulesOn } from './lawful-day';
import {
  type LocalDate,
  type Officer,
  type Plan,
  type Visit,
  type VisitId,
  type VisitStatus,
  type UnassignedVisit,
} from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import type { StatusChange } from '../db/repos/plans-repo';
import { checkPlan } from './plan-check';
import { stalePlan } from './plan-edit/edit-errors';
import { reportedTimes } from './reported-times-service';
import { retimeRoutes } from './plan-edit/retime-routes';
import { planningBusy } from './plan-jobs';
import { mergeRoutes } from './plan-edit-service';
import { newPlanId, planStats } from './planning-service';
import type { PlanContext } from './plan-context';
import { officersOnDate } from './day-roster';

/** What a status may be changed from: a cancelled visit comes back approved; a done or failed one stays. */
const CHANGEABLE_FROM: Record<'approved' | 'cancelled', ReadonlySet<VisitStatus>> = {
  cancelled: new Set(['approved', 'planned', 'dispatched']),
  approved: new Set(['cancelled']),
};

/** A day's plan version to save with the status change, and the plan it replaces. */
interface DayChange {
  base: Plan;
  plan: Plan;
  officers: Officer['id'][];
  unassignedChanged: boolean;
  changes: StatusChange[];
}

/**
 * Cancels visits, or brings cancelled ones back as approved. On a day with a plan the change is a
 * plan version: cancelled visits leave their routes (re-timed) and the unassigned list, pins on them
 * go, and Undo sets the statuses back together with the plan. On a day without a plan only the
 * status changes (the screens ask first). Everything is written in one transaction.
 */
export async function setVisitStatus(ctx: PlanContext, ids: readonly VisitId[], status: 'approved' | 'cancelled'): Promise<number> {
  const { repos } = ctx;
  const visits = repos.visits.getMany(ids).filter((v) => CHANGEABLE_FROM[status].has(v.status));
  const dayChanges: DayChange[] = [];
  for (const date of new Set(visits.map((v) => v.date))) {
    const change = await planVersion(
      ctx,
      date,
      visits.filter((v) => v.date === date),
      status,
    );
    if (change) dayChanges.push(change);
  }
  return repos.transaction(() => {
    for (const day of dayChanges) {
      const currentId = ctx.store.currentId(day.base.date);
      if (currentId !== day.base.id) throw stalePlan(day.base.date, day.base.id, currentId ?? day.base.id);
    }
    const changed = visits.filter((v) => repos.visits.changeStatus([v.id], v.status, status).length > 0);
    for (const day of dayChanges) {
      const plan: Plan = { ...day.plan, violations: checkPlan(repos, ctx.deps, day.plan) };
      repos.plans.saveEdited(plan, { officers: day.officers, unassignedChanged: day.unassignedChanged }, day.changes);
      ctx.store.remember(plan);
    }
    repos.audit.append({
      action: `visits.${status}`,
      entity: 'visit',
      entityId: ids.join(','),
      detail: { changed: changed.length, plans: dayChanges.map((d) => d.plan.id) },
    });
    return changed.length;
  });
}

/** The plan version that goes with changing these visits of one day, or null when the day has no plan. */
async function planVersion(ctx: PlanContext, date: LocalDate, visits: readonly Visit[], status: VisitStatus): Promise<DayChange | null> {
  if (ctx.jobs.isRunning(date)) throw planningBusy(date);
  const base = ctx.store.current(date);
  if (!base) return null;
  const changing = new Set<string>(visits.map((v) => v.id));
  const orders = new Map<Officer['id'], VisitId[]>();
  if (status === 'cancelled') {
    for (const route of base.routes) {
      if (route.stops.some((s) => changing.has(s.visitId)))
        orders.set(
          route.officerId,
          route.stops.map((s) => s.visitId).filter((id) => !changing.has(id)),
        );
    }
  }
  const routed = new Map(ctx.repos.visits.getMany([...orders.values()].flat()).map((v) => [v.id as string, v]));
  const retimed = await retimeRoutes(orders, {
    date,
    rules: planningRulesOn(ctx.repos, date, ctx.deps.rules),
    travel: ctx.deps.travel,
    visits: routed,
    officers: officersOnDate(ctx.repos, orders.keys(), date),
    actuals: reportedTimes(ctx.repos, routed),
  });
  const routes = mergeRoutes(base.routes, retimed);
  // Cancelled visits leave the list; visits approved again join it, to be fitted in.
  const unassigned =
    status === 'cancelled'
      ? base.unassigned.filter((u) => !changing.has(u.visitId))
      : [...base.unassigned, ...visits.filter((v) => !inPlan(base, v.id)).map(broughtBack)];
  const unassignedChanged = unassigned.length !== base.unassigned.length;
  const createdAt = ctx.deps.clock().toISOString();
  const assigned = routes.reduce((n, r) => n + r.stops.length, 0);
  const plan: Plan = {
    ...base,
    id: newPlanId(date, createdAt),
    createdAt,
    routes,
    unassigned: unassignedChanged ? unassigned : base.unassigned,
    locks: { ...base.locks, pinned: base.locks.pinned.filter((p) => !changing.has(p.visitId)) },
    parentId: base.id,
    stats: planStats(assigned + unassigned.length, routes, unassigned, 0),
  };
  const changes = visits.map((v) => ({ visitId: v.id, from: v.status, to: status }));
  return { base, plan, officers: [...orders.keys()], unassignedChanged, changes };
}

/** A cancelled visit approved again on a planned day, waiting on the unassigned list. */
function broughtBack(visit: Visit): UnassignedVisit {
  return { visitId: visit.id, reasons: ['brought_back'], message: message('whyUnassigned.broughtBack') };
}

function inPlan(plan: Plan, visitId: VisitId): boolean {
  return plan.unassigned.some((u) => u.visitId === visitId) || plan.routes.some((r) => r.stops.some((s) => s.visitId === visitId));
}
