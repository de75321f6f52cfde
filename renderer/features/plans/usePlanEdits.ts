import { useCallback, useMemo, useRef, useState } from 'react';
import type {
  DayProblem,
  MethodInput,
  PlanSwitch,
  PlanUpdate,
  PlanView,
  VisitEdited,
  VisitStatusChange,
  VisitSummary,
} from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { OfficerId, Plan, PlanStats } from '../../../shared/domain';
import { applyPlanChanges, placedBy } from '../../../shared/logic/plan-changes';
import type { WorkloadChange } from '../../../shared/logic/workloads';
import { useApiClient } from '../../api/ApiProvider';
import type { PlanViewHandle } from './usePlanView';

/** An edit as the API takes it (ids as plain text). */
export type PlanEditInput = MethodInput<'plans.edit'>['edit'];

/** A move the back end refused because it breaks visiting rules: a supervisor may make it anyway, with a reason. */
export interface RuleRefusal {
  edit: PlanEditInput;
  problems: DayProblem[];
}

/** The rules a refused edit would break, when that is why it was refused (`forbidden` with `problems`). */
function brokenRules(failure: unknown): DayProblem[] | null {
  if (!(failure instanceof AppError) || failure.code !== 'forbidden') return null;
  const problems = (failure.details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) && problems.length > 0 ? (problems as DayProblem[]) : null;
}

/** Each change resolves to true once its new plan is on screen, false when it was refused (see `error`). */
export interface SolveOutcome {
  plan: Plan;
  heldBack: PlanStats | null;
}

export interface PlanEdits {
  /**
   * Plans the day afresh (long, with progress events); the new plan replaces the current one,
   * undoably. Resolves to the plan on screen once it shows, with the totals of a stopped solve's
   * plan that did not catch up with the current one (held back one Redo away; the day kept its plan).
   */
  solve(): Promise<SolveOutcome | null>;
  /** With `override`, the signed-in supervisor accepts the visiting rules the edit breaks, saying why. */
  edit(edit: PlanEditInput, override?: { reason: string }): Promise<boolean>;
  /** The last edit, refused because it breaks visiting rules (null once another change is made or it is dismissed). */
  ruleRefusal: RuleRefusal | null;
  dismissRuleRefusal(): void;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  /** Fits approved visits that are in no route into the plan, the rest unchanged. */
  insertVisits(visitIds: readonly string[]): Promise<boolean>;
  /** Evens out working time (long, with progress): resolves to each officer's hours before and after and the visits moved. */
  rebalance(): Promise<{ workloads: WorkloadChange[]; moved: number } | null>;
  /** Carries the day's unassigned visits to a later day: resolves to how many went, or null when refused. */
  carry(to: string): Promise<number | null>;
  /** The officer is unavailable from `fromSec`: resolves to the visits handed over and those that found an officer, or null when refused. */
  handOver(officerId: string, fromSec: number): Promise<{ handedOver: string[]; placed: string[] } | null>;
  /** Re-plans around the locks; long, with progress events (see useSolveProgress). */
  reoptimise(): Promise<boolean>;
  /**
   * A visit edited or added by hand (issue 22), in turn with the plan's edits: the plan version it
   * made, if any, is patched in and the visit's record too. Resolves to the answer; a refusal is thrown.
   */
  changeVisit(call: () => Promise<VisitEdited>): Promise<VisitEdited>;
  /** Resolves once every edit asked for so far has been answered. */
  whenIdle(): Promise<void>;
  /** True for a plan this window's own change produced (its `plans.saved` event needs no refresh). */
  isOwnPlan(planId: string): boolean;
  isBusy: boolean;
  isReoptimising: boolean;
  isSolving: boolean;
  error: unknown;
  dismissError(): void;
}

/** A change made on the plan on screen (null: the day has none yet); null back: the plan was read again instead. */
type Call = (plan: Plan | null) => Promise<PlanView | null>;
type Kind = 'edit' | 'reoptimise' | 'solve';

/** How long an answer may take before the board shows it is waiting (a drop's answer takes tens of ms). */
const BUSY_AFTER_MS = 150;

/**
 * Changes to the current plan, one at a time: each waits for the previous answer, so it is made
 * on the newest plan (the back end refuses edits made on a stale one). A refusal reloads the plan.
 */
export function usePlanEdits(
  date: string | null,
  planView: PlanViewHandle,
  onVisitStatuses: (changes: readonly VisitStatusChange[]) => void,
  /** Visit records that changed with a plan (a visit edited, or its edit undone or redone). */
  onVisitRecords: (visits: readonly VisitSummary[]) => void = () => undefined,
): PlanEdits {
  const { api } = useApiClient();
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const newest = useRef<PlanView | null>(planView.view);
  const inFlight = useRef(false);
  /** Changes asked for and not yet answered. */
  const waiting = useRef(0);
  const ownPlanIds = useRef(new Set<string>());
  // Between an answer and its render the ref is ahead of the props; only idle renders may reset it.
  if (!inFlight.current) newest.current = planView.view;
  const [pending, setPending] = useState({ count: 0, reoptimising: false, solving: false });
  const [error, setError] = useState<unknown>(null);
  const [ruleRefusal, setRuleRefusal] = useState<RuleRefusal | null>(null);
  const { apply, refetch } = planView;

  const enqueue = useCallback(
    (call: Call, kind: Kind = 'edit') => {
      const start = async () => {
        const current = newest.current;
        if (date === null || (current === null && kind !== 'solve')) return false;
        inFlight.current = true;
        const flags = (on: boolean) => (p: typeof pending) => ({
          count: p.count + (on ? 1 : -1),
          reoptimising: kind === 'reoptimise' ? on : p.reoptimising,
          solving: kind === 'solve' ? on : p.solving,
        });
        const answer = call(current?.plan ?? null);
        // A quick answer draws nothing but its result; a slow one shows the board busy meanwhile.
        let isShownBusy = false;
        const showBusy = setTimeout(() => {
          isShownBusy = true;
          setPending(flags(true));
        }, BUSY_AFTER_MS);
        try {
          const view = await answer;
          if (view === null) return true;
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
          clearTimeout(showBusy);
          if (isShownBusy) setPending(flags(false));
        }
      };
      // Idle: the request leaves at once, inside the event that asked for it, before React draws
      // the drop (tens of milliseconds on a 5,000-visit board); otherwise after the previous answer.
      const run = waiting.current === 0 ? start() : queue.current.then(start);
      waiting.current += 1;
      queue.current = run.finally(() => {
        waiting.current -= 1;
      });
      return run;
    },
    [date, apply, refetch],
  );

  /**
   * The answer carries only what changed: patching our copy (plan and visit statuses) keeps a drop
   * fast on a 5,000-visit day. Changes made on another plan than ours (another window got in
   * between) are not patched in: the plan is read again.
   */
  const patched = useCallback(
    async (plan: Plan | null, update: PlanUpdate): Promise<PlanView | null> => {
      onVisitStatuses(update.visitStatuses);
      if (update.changes.baseId !== (plan?.id ?? null)) {
        await refetch();
        return null;
      }
      return { plan: applyPlanChanges(plan, update.changes), canUndo: update.canUndo, canRedo: update.canRedo };
    },
    [onVisitStatuses, refetch],
  );

  /** A whole plan came back (undo, redo, re-optimise): the visits whose status moved with it are patched. */
  const switched = useCallback(
    ({ visitStatuses, visits, ...view }: PlanSwitch): PlanView => {
      onVisitStatuses(visitStatuses);
      if (visits) onVisitRecords(visits);
      return view;
    },
    [onVisitStatuses, onVisitRecords],
  );

  const changeVisit = useCallback(
    async (call: () => Promise<VisitEdited>): Promise<VisitEdited> => {
      const box: { answer?: { ok: true; value: VisitEdited } | { ok: false; error: unknown } } = {};
      const run = async (plan: Plan | null): Promise<PlanView | null> => {
        let value: VisitEdited;
        try {
          value = await call();
        } catch (error) {
          box.answer = { ok: false, error };
          return null;
        }
        box.answer = { ok: true, value };
        onVisitRecords([value.visit]);
        return value.plan ? patched(plan, value.plan) : null;
      };
      // A day without a plan has no edits to wait for; a plan made meanwhile is read again.
      if (newest.current === null) {
        await run(null);
        if (box.answer?.ok && box.answer.value.plan) await refetch();
      } else await enqueue(run);
      if (!box.answer) throw new Error('the visit change was not made');
      if (!box.answer.ok) throw box.answer.error;
      return box.answer.value;
    },
    [enqueue, patched, onVisitRecords, refetch],
  );

  const day = date ?? '';
  return useMemo(
    () => ({
      solve: async () => {
        let made: SolveOutcome | null = null;
        const isShown = await enqueue(async (plan) => {
          const answer = await api['plans.solve']({ date: day });
          const view = await patched(plan, answer);
          made = view ? { plan: view.plan, heldBack: answer.heldBack ?? null } : null;
          return view;
        }, 'solve');
        return isShown ? made : null;
      },
      edit: (edit: PlanEditInput, override?: { reason: string }) => {
        setRuleRefusal(null);
        return enqueue(async (plan) => {
          try {
            return await patched(plan, await api['plans.edit']({ date: day, basePlanId: plan!.id, edit, ...(override && { override }) }));
          } catch (failure) {
            const problems = brokenRules(failure);
            if (problems) setRuleRefusal({ edit, problems });
            throw failure;
          }
        });
      },
      ruleRefusal,
      dismissRuleRefusal: () => setRuleRefusal(null),
      undo: () => enqueue(async () => switched(await api['plans.undo']({ date: day }))),
      redo: () => enqueue(async () => switched(await api['plans.redo']({ date: day }))),
      insertVisits: (visitIds: readonly string[]) =>
        enqueue(async (plan) => patched(plan, await api['plans.insertVisits']({ date: day, visitIds: [...visitIds] }))),
      reoptimise: () => enqueue(async () => switched(await api['plans.reoptimise']({ date: day })), 'reoptimise'),
      rebalance: async () => {
        let outcome = { workloads: [] as WorkloadChange[], moved: 0 };
        const ok = await enqueue(async () => {
          const { workloads, moved, ...answer } = await api['plans.rebalance']({ date: day });
          outcome = { workloads, moved };
          return switched(answer);
        }, 'reoptimise');
        return ok ? outcome : null;
      },
      carry: async (to: string) => {
        let count = 0;
        const ok = await enqueue(async (plan) => {
          const answer = await api['visits.carry']({ from: day, to });
          count = answer.carried.length;
          return answer.plan ? patched(plan, answer.plan) : null;
        });
        return ok ? count : null;
      },
      handOver: async (officerId: string, fromSec: number) => {
        let outcome = { handedOver: [] as string[], placed: [] as string[] };
        const ok = await enqueue(async (plan) => {
          const answer = await api['plans.handOver']({ date: day, officerId: officerId as OfficerId, fromSec });
          outcome = { handedOver: answer.handedOver, placed: placedBy(answer.changes, answer.handedOver) };
          return patched(plan, answer);
        }, 'reoptimise');
        return ok ? outcome : null;
      },
      changeVisit,
      whenIdle: () => queue.current.then(() => undefined),
      isOwnPlan: (planId: string) => ownPlanIds.current.has(planId),
      isBusy: pending.count > 0,
      isReoptimising: pending.reoptimising,
      isSolving: pending.solving,
      error,
      dismissError: () => setError(null),
    }),
    [enqueue, patched, switched, changeVisit, api, day, pending, error, ruleRefusal],
  );
}
