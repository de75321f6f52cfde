import type { PlanView } from '../../../shared/api/contract';
import type { LocalDate, Plan, PlanId } from '../../../shared/domain';
import type { Repos } from '../db/repos';

/** Plans kept in memory: the boards' current versions and what undo is likely to need next. */
const CACHED_PLANS = 8;

export type PlanStore = ReturnType<typeof createPlanStore>;

/**
 * Reads plan versions through a small in-memory cache. Stored plans never change but for their
 * flags, so a plan cached by id stays right; "which plan is current" and its flags are always asked
 * of the database (another window or the command line may have moved or re-checked it).
 */
export function createPlanStore(repos: Pick<Repos, 'plans' | 'planHistory'>) {
  const { plans, planHistory: history } = repos;
  const cache = new Map<PlanId, Plan>();

  const remember = (plan: Plan): Plan => {
    cache.delete(plan.id);
    cache.set(plan.id, plan);
    if (cache.size > CACHED_PLANS) cache.delete(cache.keys().next().value as PlanId);
    return plan;
  };
  const get = (id: PlanId): Plan | null => {
    const cached = cache.get(id);
    if (!cached) {
      const stored = plans.get(id);
      return stored ? remember(stored) : null;
    }
    const violations = plans.violationsOf(id) ?? cached.violations;
    const same = JSON.stringify(violations) === JSON.stringify(cached.violations);
    return remember(same ? cached : { ...cached, violations });
  };

  return {
    plans,
    history,
    remember,
    get,
    currentId: (date: LocalDate): PlanId | null => plans.currentId(date),
    current(date: LocalDate): Plan | null {
      const id = plans.currentId(date);
      return id === null ? null : get(id);
    },
    /** The plan with where undo and redo would lead from it. */
    view(plan: Plan): PlanView {
      return { plan, canUndo: plan.parentId !== null, canRedo: history.peekRedo(plan.date)?.parentId === plan.id };
    },
  };
}
