import { planningRulesOn } from './lawful-day';
import type { PlanEdit, VisitStatusChange } from '../../../shared/api/contract';
import { type LocalDate, type OfficerId, type Plan, type PlanId, type Route } from '../../../shared/domain';
import { applyEdit, type EditChange } from './plan-edit/apply-edit';
import { checkEditedPlan } from './plan-check';
import { reportedTimes } from './reported-times-service';
import { retimeRoutes, type RetimedRoute } from './plan-edit/retime-routes';
import { noPlanToEdit, stalePlan } from './plan-edit/edit-errors';
import { planningBusy } from './plan-jobs';
import { newPlanId, planStats } from './planning-service';
import { movedTo, type PlanContext, type SavedView } from './plan-context';
import { overridesAfterEdit, type OverrideRequest } from './plan-edit/rule-gate';
import { officerOnDate, officersOnDate } from './day-roster';
import { crashPoint } from '../crash-point';

export interface EditPlanInput {
  date: LocalDate;
  basePlanId: PlanId;
  edit: PlanEdit;
  /** A supervisor's reason for letting the edit break a visiting rule. */
  override?: OverrideRequest;
}

/**
 * Applies one dispatcher's edit to the day's current plan and saves the result as a new version
 * (its parent is the edited plan, so it can be undone). Only the routes the edit touches are
 * re-timed; rules they break are listed in `violations`, never silently accepted. An edit that
 * changes nothing saves nothing.
 */
export async function editPlan(ctx: PlanContext, input: EditPlanInput): Promise<SavedView> {
  const { repos, store, deps } = ctx;
  const startedMs = deps.nowMs();
  const base = currentBase(ctx, input.date, input.basePlanId);
  const { visits: visitsRepo, officers: officersRepo } = repos;
  const { edit } = input;
  const change = applyEdit(base, edit, {
    visit: edit.type === 'move' ? visitsRepo.get(edit.visitId) : null,
    officer:
      edit.type === 'move' || edit.type === 'moveMany'
        ? officerOnDate(repos, edit.toOfficerId, input.date)
        : edit.type === 'lockOrder'
          ? officerOnDate(repos, edit.officerId, input.date)
          : null,
    visitNamed: (id) => visitsRepo.get(id),
    officerNamed: (id) => officersRepo.get(id),
  });
  if (changesNothing(base, change)) return { view: store.view(base), visitStatuses: [] };

  const rules = planningRulesOn(repos, input.date, deps.rules);
  const routedIds = [...change.orders.values()].flat();
  const visits = new Map(visitsRepo.getMany(routedIds).map((v) => [v.id as string, v]));
  // Officers as they work on the day (see day-roster.ts): a half day's shift, the day's start place.
  const officers = officersOnDate(repos, change.orders.keys(), input.date);
  const retimed = await retimeRoutes(change.orders, {
    date: input.date,
    rules,
    travel: deps.travel,
    visits,
    officers,
    placing: change.placing,
    actuals: reportedTimes(repos, visits),
  });
  const routes = mergeRoutes(base.routes, retimed);

  const createdAt = deps.clock().toISOString();
  const assigned = routes.reduce((n, r) => n + r.stops.length, 0);
  const plan: Plan = {
    ...base,
    id: newPlanId(input.date, createdAt),
    createdAt,
    routes,
    unassigned: change.unassigned,
    violations: [],
    locks: change.locks,
    parentId: base.id,
    stats: planStats(assigned + change.unassigned.length, routes, change.unassigned, Math.round(deps.nowMs() - startedMs)),
  };

  let visitStatuses: VisitStatusChange[] = [];
  const saved = repos.transaction(() => {
    // The routes were re-timed outside the transaction: make sure nobody moved the plan meanwhile.
    const currentId = store.currentId(input.date);
    if (currentId !== base.id) throw stalePlan(input.date, base.id, currentId ?? base.id);
    // A visiting rule the edit breaks is refused, or accepted from a supervisor as an override.
    const overrides = overridesAfterEdit(ctx, base, plan, routedIds, input.override);
    const overridden = overrides.filter((o) => !base.overrides.includes(o));
    // The one rule for what a plan breaks, on the routes the edit re-timed: a flag an earlier
    // import raised on one of them (a visit moved to another day) must not be lost.
    const ruled: Plan = { ...plan, overrides };
    const checked: Plan = { ...ruled, violations: checkEditedPlan(repos, deps, base, ruled, new Set(change.orders.keys())) };
    store.plans.saveEdited(checked, { officers: [...change.orders.keys()], unassignedChanged: change.unassigned !== base.unassigned });
    crashPoint('plan.edited');
    const routed = new Set<string>(routedIds);
    const into = change.movedVisitIds.filter((id) => routed.has(id));
    const outOf = change.movedVisitIds.filter((id) => !routed.has(id));
    // A dispatched visit moved by hand no longer matches the itinerary its officer holds: it is
    // planned again (its code changes with its officer), to be handed out with the next export.
    visitStatuses = [
      ...movedTo('planned', visitsRepo.changeStatus(into, 'approved', 'planned')),
      ...movedTo('planned', visitsRepo.changeStatus(into, 'dispatched', 'planned')),
      ...movedTo('approved', visitsRepo.changeStatus(outOf, 'planned', 'approved')),
      ...movedTo('approved', visitsRepo.changeStatus(outOf, 'dispatched', 'approved')),
    ];
    repos.audit.append({
      action: 'plan.edit',
      entity: 'plan',
      entityId: plan.id,
      detail: { date: plan.date, parentId: base.id, edit, violations: checked.violations.length },
    });
    if (overridden.length > 0) {
      repos.audit.append({
        action: 'plan.override',
        entity: 'plan',
        entityId: plan.id,
        detail: { date: plan.date, edit, overrides: overridden.map(({ message: _said, ...o }) => o) },
      });
    }
    return checked;
  });
  return { view: store.view(store.remember(saved)), visitStatuses };
}

/** The date's current plan, which must be the one the dispatcher was looking at. */
function currentBase(ctx: PlanContext, date: LocalDate, basePlanId: PlanId): Plan {
  if (ctx.jobs.isRunning(date)) throw planningBusy(date);
  const currentId = ctx.store.currentId(date);
  if (currentId === null) throw noPlanToEdit(date);
  if (currentId !== basePlanId) throw stalePlan(date, basePlanId, currentId);
  const plan = ctx.store.get(currentId);
  if (!plan) throw noPlanToEdit(date);
  return plan;
}

function changesNothing(base: Plan, change: EditChange): boolean {
  for (const [officerId, order] of change.orders) {
    const was = base.routes.find((r) => r.officerId === officerId)?.stops ?? [];
    if (order.length !== was.length || order.some((id, i) => id !== was[i].visitId)) return false;
  }
  return change.unassigned === base.unassigned && JSON.stringify(change.locks) === JSON.stringify(base.locks);
}

/** The base plan's routes with the re-timed ones in their place; emptied routes go, new ones go last. */
export function mergeRoutes(routes: readonly Route[], retimed: readonly RetimedRoute[]): Route[] {
  const byOfficer = new Map<OfficerId, Route | null>(retimed.map((r) => [r.officerId, r.route]));
  const merged: Route[] = [];
  for (const route of routes) {
    if (!byOfficer.has(route.officerId)) merged.push(route);
    else {
      const next = byOfficer.get(route.officerId);
      if (next) merged.push(next);
      byOfficer.delete(route.officerId);
    }
  }
  for (const route of byOfficer.values()) if (route) merged.push(route);
  return merged;
}
