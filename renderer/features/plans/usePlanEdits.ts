import { useCallback, useMemo, useRef, useState } from 'react';
import type { MethodInput, PlanView } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { Plan } from '../../../shared/domain';
import { applyPlanChanges } from '../../../shared/logic/plan-changes';
import { useApiClient } from '../../api/ApiProvider';
import type { PlanViewHandle } from './usePlanView';

/** An edit as the API takes it (ids as plain text). */
export type PlanEditInput = MethodInput<'plans.edit'>['edit'];

/** Each change resolves to true once its new plan is on screen, false when it was refused (see `error`). */
export interface PlanEdits {
  edit(edit: PlanEditInput): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  /** Fits approved visits that are in no route into the plan, the rest unchanged. */
  insertVisits(visitIds: readonly string[]): Promise<boolean>;
  /** Re-plans around the locks; long, with progress events (see useSolveProgress). */
  reoptimise(): Promise<boolean>;
  /** Resolves once every edit asked for so far has been answered. */
  whenIdle(): Promise<void>;
  /** True for a plan this window's own change produced (its `plans.saved` event needs no refresh). */
  isOwnPlan(planId: string): boolean;
  isBusy: boolean;
  isReoptimising: boolean;
  error: unknown;
  dismissError(): void;
}

type Call = (plan: Plan) => Promise<PlanView>;

/**
 * Changes to the current plan, one at a time: each waits for the previous answer, so it is made
 * on the newest plan (the back end refuses edits made on a stale one). A refusal reloads the plan.
 */
export function usePlanEdits(date: string | null, planView: PlanViewHandle): PlanEdits {
  const { api } = useApiClient();
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const newest = useRef<PlanView | null>(planView.view);
  const inFlight = useRef(false);
  const ownPlanIds = useRef(new Set<string>());
  // Between an answer and its render the ref is ahead of the props; only idle renders may reset it.
  if (!inFlight.current) newest.current = planView.view;
  const [pending, setPending] = useState({ count: 0, reoptimising: false });
  const [error, setError] = useState<unknown>(null);
  const { apply, refetch } = planView;

  const enqueue = useCallback(
    (call: Call, isReoptimise = false) => {
      const run = queue.current.then(async () => {
        const current = newest.current;
        if (date === null || current === null) return false;
        inFlight.current = true;
        setPending((p) => ({ count: p.count + 1, reoptimising: p.reoptimising || isReoptimise }));
        try {
          const view = await call(current.plan);
          // Known before the render that shows it: the saved event may be handled in between.
          ownPlanIds.current.add(view.plan.id);
          newest.current = view;
          apply(view);
          setError(null);
          return true;
        } catch (failure) {
          setError(failure);
          if (failure instanceof AppError && failure.code === 'conflict') await refetch();
          return false;
        } finally {
          inFlight.current = false;
          setPending((p) => ({ count: p.count - 1, reoptimising: isReoptimise ? false : p.reoptimising }));
        }
      });
      queue.current = run;
      return run;
    },
    [date, apply, refetch],
  );

  const day = date ?? '';
  return useMemo(
    () => ({
      // The answer carries only what changed: patching our copy keeps a drop fast on a 5,000-visit day.
      edit: (edit: PlanEditInput) =>
        enqueue(async (plan) => {
          const result = await api['plans.edit']({ date: day, basePlanId: plan.id, edit });
          return { plan: applyPlanChanges(plan, result.changes), canUndo: result.canUndo, canRedo: result.canRedo };
        }),
      undo: () => enqueue(() => api['plans.undo']({ date: day })),
      redo: () => enqueue(() => api['plans.redo']({ date: day })),
      insertVisits: (visitIds: readonly string[]) => enqueue(() => api['plans.insertVisits']({ date: day, visitIds: [...visitIds] })),
      reoptimise: () => enqueue(() => api['plans.reoptimise']({ date: day }), true),
      whenIdle: () => queue.current.then(() => undefined),
      isOwnPlan: (planId: string) => ownPlanIds.current.has(planId),
      isBusy: pending.count > 0,
      isReoptimising: pending.reoptimising,
      error,
      dismissError: () => setError(null),
    }),
    [enqueue, api, day, pending, error],
  );
}
