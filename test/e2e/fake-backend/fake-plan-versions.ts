import type { PlanView } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { LocalDate, Plan, PlanId } from '../../../shared/domain';

/**
 * The fake back end's plan versions per day with the real one's undo/redo rules: saving makes a
 * plan current and empties the redo stack; undo goes to the parent; redo to the last undone child.
 */
export function createFakePlanVersions() {
  const byId = new Map<PlanId, Plan>();
  const currentOf = new Map<LocalDate, PlanId>();
  const redoOf = new Map<LocalDate, PlanId[]>();

  const current = (date: LocalDate): Plan | null => {
    const id = currentOf.get(date);
    return id === undefined ? null : (byId.get(id) ?? null);
  };
  const view = (plan: Plan): PlanView => {
    const redo = redoOf.get(plan.date) ?? [];
    return { plan, canUndo: plan.parentId !== null, canRedo: byId.get(redo[redo.length - 1])?.parentId === plan.id };
  };
  const mustHave = (date: LocalDate): Plan => {
    const plan = current(date);
    if (!plan) throw new AppError('not_found', { en: `There is no plan for ${date} yet.`, zh: `${date} 还没有规划方案。` });
    return plan;
  };

  return {
    count: () => byId.size,
    current,
    view,
    mustHave,
    save(plan: Plan): PlanView {
      byId.set(plan.id, plan);
      currentOf.set(plan.date, plan.id);
      redoOf.set(plan.date, []);
      return view(plan);
    },
    forget(date: LocalDate): void {
      currentOf.delete(date);
      redoOf.delete(date);
    },
    undo(date: LocalDate): PlanView {
      const plan = mustHave(date);
      const parent = plan.parentId === null ? undefined : byId.get(plan.parentId);
      if (!parent) throw new AppError('bad_input', { en: 'There is nothing to undo.', zh: '没有可撤销的操作。' });
      redoOf.set(date, [...(redoOf.get(date) ?? []), plan.id]);
      currentOf.set(date, parent.id);
      return view(parent);
    },
    redo(date: LocalDate): PlanView {
      const plan = mustHave(date);
      const stack = redoOf.get(date) ?? [];
      const next = byId.get(stack[stack.length - 1]);
      if (!next || next.parentId !== plan.id)
        throw new AppError('bad_input', { en: 'There is nothing to redo.', zh: '没有可重做的操作。' });
      redoOf.set(date, stack.slice(0, -1));
      currentOf.set(date, next.id);
      return view(next);
    },
  };
}
