import type { PlanOptions, PlanRequest, PlanResult, Planner } from '../../../shared/domain';

/**
 * The planner's options plus the signal that cancels the run (the planner then returns its best
 * plan so far). `isCancelled` already follows `signal` in this thread; a runner that moves the work
 * elsewhere listens to `signal` and stops the planner there.
 */
export interface RunPlannerOptions extends PlanOptions {
  signal: AbortSignal;
}

/**
 * How the back end runs a planner: in this thread (the default) or elsewhere, for example in a
 * worker thread that relays progress and listens to `signal`. Resolves with the plan, which the
 * caller still checks before saving.
 */
export type RunPlanner = (planner: Planner, request: PlanRequest, options: RunPlannerOptions) => Promise<PlanResult>;

/** Runs the planner synchronously in this thread (nothing else runs meanwhile, so nothing can cancel it). */
export const runPlannerInline: RunPlanner = (planner, request, options) =>
  new Promise((resolve) => resolve(planner.plan(request, options)));
