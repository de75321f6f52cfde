import type { PlanView, VisitStatusChange } from '../../../shared/api/contract';
import type { StatusChange } from '../db/repos/plans-repo';
import { AppError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import type { LocalDate, Plan, PlanId, Visit } from '../../../shared/domain';
import { noPlanToEdit, nothingToRedo, nothingToUndo } from './plan-edit/edit-errors';
import { planningBusy } from './plan-jobs';
import { syncVisitStatuses } from './visit-status-sync';
import { recheckCurrentPlans } from './plan-check';
import { movedTo, type PlanContext, type SavedView } from './plan-context';
import { visitSummary } from './visit-summary';

/** The day's current plan with where undo and redo would lead; null when the day has no plan. */
export function currentPlanView(ctx: PlanContext, date: LocalDate): PlanView | null {
  const plan = ctx.store.current(date);
  return plan ? ctx.store.view(plan) : null;
}

/**
 * Makes the current plan's parent current again; the plan left behind can be redone. Visit
 * statuses set with the version undone (visits cancelled with it) are set back.
 */
export function undoPlan(ctx: PlanContext, date: LocalDate): SavedView {
  const current = currentOf(ctx, date);
  if (current.parentId === null) throw nothingToUndo(date);
  const parent = stored(ctx, current.parentId);
  const reverted = ctx.repos.plans.statusChangesOf(current.id).map((c) => ({ visitId: c.visitId, from: c.to, to: c.from }));
  const records = ctx.repos.plans.visitChangesOf(current.id).map((c) => c.before);
  const visitStatuses = switchCurrent(
    ctx,
    current,
    parent,
    'plan.undo',
    reverted,
    () => ctx.store.history.pushRedo(date, current.id),
    records,
  );
  return { view: ctx.store.view(stored(ctx, parent.id)), visitStatuses, ...recordsNow(ctx, records) };
}

/** Brings back the plan most recently undone from the current one, with the visit statuses set with it. */
export function redoPlan(ctx: PlanContext, date: LocalDate): SavedView {
  const current = currentOf(ctx, date);
  const next = ctx.store.history.peekRedo(date);
  if (next === null || next.parentId !== current.id) throw nothingToRedo(date);
  const plan = stored(ctx, next.id);
  const reapplied = ctx.repos.plans.statusChangesOf(plan.id);
  const records = ctx.repos.plans.visitChangesOf(plan.id).map((c) => c.after);
  const visitStatuses = switchCurrent(ctx, current, plan, 'plan.redo', reapplied, () => ctx.store.history.popRedo(date), records);
  return { view: ctx.store.view(stored(ctx, plan.id)), visitStatuses, ...recordsNow(ctx, records) };
}

function switchCurrent(
  ctx: PlanContext,
  from: Plan,
  to: Plan,
  action: string,
  statusChanges: readonly StatusChange[],
  moveRedo: () => void,
  records: readonly Visit[] = [],
): VisitStatusChange[] {
  return ctx.repos.transaction(() => {
    moveRedo();
    ctx.store.history.makeCurrent(to.date, to.id);
    // Visit records edited with the version come back (or go again) with it; statuses follow below.
    ctx.repos.visits.upsertMany(records.map((r) => ({ ...r, status: ctx.repos.visits.get(r.id)?.status ?? r.status })));
    const moved = statusChanges.flatMap((c) => movedTo(c.to, ctx.repos.visits.changeStatus([c.visitId], c.from, c.to)));
    const synced = syncVisitStatuses(ctx.repos, from, to);
    // The plan coming back was made on the data of its time: check it against today's.
    recheckCurrentPlans(ctx.repos, ctx.deps, [to.date]);
    ctx.repos.audit.append({
      action,
      entity: 'plan',
      entityId: to.id,
      detail: { date: to.date, from: from.id },
    });
    // The board patches its visits with the last status each one reached.
    return [...new Map([...moved, ...synced].map((c) => [c.visitId, c])).values()];
  });
}

/** The visits whose records the switch wrote, as the screens show them now. */
function recordsNow(ctx: PlanContext, records: readonly Visit[]): Pick<SavedView, 'visits'> {
  return records.length === 0 ? {} : { visits: ctx.repos.visits.getMany(records.map((r) => r.id)).map(visitSummary) };
}

function currentOf(ctx: PlanContext, date: LocalDate): Plan {
  if (ctx.jobs.isRunning(date)) throw planningBusy(date);
  const plan = ctx.store.current(date);
  if (!plan) throw noPlanToEdit(date);
  return plan;
}

function stored(ctx: PlanContext, id: PlanId): Plan {
  const plan = ctx.store.get(id);
  if (!plan) {
    throw new AppError('internal', message('workspace.planMissing', { planId: id }));
  }
  return plan;
}
