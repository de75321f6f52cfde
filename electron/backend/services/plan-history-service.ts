import type { PlanView } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import type { LocalDate, Plan, PlanId } from '../../../shared/domain';
import { noPlanToEdit, nothingToRedo, nothingToUndo } from './plan-edit/edit-errors';
import { planningBusy } from './plan-jobs';
import { syncVisitStatuses } from './visit-status-sync';
import type { PlanContext } from './plan-context';

/** The day's current plan with where undo and redo would lead; null when the day has no plan. */
export function currentPlanView(ctx: PlanContext, date: LocalDate): PlanView | null {
  const plan = ctx.store.current(date);
  return plan ? ctx.store.view(plan) : null;
}

/** Makes the current plan's parent current again; the plan left behind can be redone. */
export function undoPlan(ctx: PlanContext, date: LocalDate): PlanView {
  const current = currentOf(ctx, date);
  if (current.parentId === null) throw nothingToUndo(date);
  const parent = stored(ctx, current.parentId);
  switchCurrent(ctx, current, parent, 'plan.undo', () => ctx.store.history.pushRedo(date, current.id));
  return ctx.store.view(parent);
}

/** Brings back the plan most recently undone from the current one. */
export function redoPlan(ctx: PlanContext, date: LocalDate): PlanView {
  const current = currentOf(ctx, date);
  const next = ctx.store.history.peekRedo(date);
  if (next === null || next.parentId !== current.id) throw nothingToRedo(date);
  const plan = stored(ctx, next.id);
  switchCurrent(ctx, current, plan, 'plan.redo', () => ctx.store.history.popRedo(date));
  return ctx.store.view(plan);
}

function switchCurrent(ctx: PlanContext, from: Plan, to: Plan, action: string, moveRedo: () => void): void {
  ctx.repos.transaction(() => {
    moveRedo();
    ctx.store.history.makeCurrent(to.date, to.id);
    syncVisitStatuses(ctx.repos, from, to);
    ctx.repos.audit.append({
      action,
      entity: 'plan',
      entityId: to.id,
      detail: { date: to.date, from: from.id },
    });
  });
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
