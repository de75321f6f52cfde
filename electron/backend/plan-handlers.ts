import type { EventPayload, Handlers, PlanSwitch, PlanUpdate } from '../../shared/api/contract';
import type { LocalDate, OfficerId, Plan, PlanObjective } from '../../shared/domain';
import type { EventHub } from './events';
import { solveStoredDay, type PlanProgressReport } from './services/planning-service';
import { editPlan } from './services/plan-edit-service';
import { diffPlans } from '../../shared/logic/plan-changes';
import { currentPlanView, redoPlan, undoPlan } from './services/plan-history-service';
import { handOver, insertVisits, reoptimiseDay } from './services/reoptimise-service';
import { carryVisits } from './services/carry-service';
import { movedVisits, workloadChanges } from '../../shared/logic/workloads';
import type { PlanContext, SavedView } from './services/plan-context';

type PlanMethod =
  | 'plans.solve'
  | 'plans.cancel'
  | 'plans.current'
  | 'plans.edit'
  | 'plans.undo'
  | 'plans.redo'
  | 'plans.reoptimise'
  | 'plans.insertVisits'
  | 'plans.handOver'
  | 'visits.carry'
  | 'plans.rebalance';

/** The plan methods of the API: solving, the editing board (edit, undo, redo), re-optimising, stopping. */
export function createPlanHandlers(ctx: PlanContext, events: EventHub): Pick<Handlers, PlanMethod> {
  /** What the request asks for, else the workspace's planning preferences. */
  const preferred = (asked: { seconds?: number; objective?: PlanObjective }): { seconds: number; objective: PlanObjective } => {
    const preferences = ctx.repos.settings.planningPreferences();
    return { seconds: asked.seconds ?? preferences.seconds, objective: asked.objective ?? { kind: preferences.objective } };
  };
  /** Runs a planning job for the date that `plans.cancel` can stop, reporting progress as events. */
  const job = <T>(date: LocalDate, work: (run: { signal: AbortSignal; onProgress: (p: PlanProgressReport) => void }) => Promise<T>) =>
    ctx.jobs.run(date, (signal) => work({ signal, onProgress: (p) => events.emit('plans.progress', progressEvent(date, p)) }));
  const saved = (plan: { date: LocalDate; id: string; stats: EventPayload<'plans.saved'>['stats'] }) =>
    events.emit('plans.saved', { date: plan.date, planId: plan.id, stats: plan.stats });
  /** Tells listeners, and answers with the changes from `base`, the plan the day had before. */
  const update = (base: Plan | null, { view, visitStatuses }: SavedView): PlanUpdate => {
    saved(view.plan);
    return { changes: diffPlans(base, view.plan), canUndo: view.canUndo, canRedo: view.canRedo, visitStatuses };
  };

  const switched = ({ view, visitStatuses, visits }: SavedView): PlanSwitch => {
    saved(view.plan);
    return { ...view, visitStatuses, ...(visits && { visits }) };
  };

  return {
    'plans.solve': async ({ date, seed, ...asked }) => {
      const base = ctx.store.current(date);
      const { seconds, objective } = preferred(asked);
      const { plan, visitStatuses, heldBack } = await job(date, (run) =>
        solveStoredDay(ctx.repos, { date, seconds, seed, objective, ...run }, ctx.deps),
      );
      if (heldBack) {
        const view = ctx.store.view(plan);
        return { changes: diffPlans(base, plan), canUndo: view.canUndo, canRedo: view.canRedo, visitStatuses, heldBack: heldBack.stats };
      }
      return update(base, { view: ctx.store.view(ctx.store.remember(plan)), visitStatuses });
    },
    'plans.cancel': ({ date }) => ({ cancelled: ctx.jobs.cancel(date) }),
    'plans.current': ({ date }) => currentPlanView(ctx, date),
    'plans.edit': async (input) => {
      // The base is the current plan (editPlan refuses any other), read before it changes.
      const base = ctx.store.current(input.date);
      const edited = await editPlan(ctx, input);
      return update(base ?? edited.view.plan, edited);
    },
    'plans.undo': ({ date }) => switched(undoPlan(ctx, date)),
    'plans.redo': ({ date }) => switched(redoPlan(ctx, date)),
    'plans.reoptimise': async ({ date, seed, ...asked }) =>
      switched(await job(date, (run) => reoptimiseDay(ctx, date, { ...preferred(asked), seed, ...run }))),
    'plans.insertVisits': async ({ date, visitIds }) => {
      const base = ctx.store.current(date);
      const inserted = await job(date, (run) => insertVisits(ctx, date, visitIds, { seconds: INSERT_SECONDS, seed: 1, ...run }));
      return update(base, inserted);
    },
    'plans.rebalance': async ({ date, seconds }) => {
      const base = ctx.store.current(date);
      const made = await job(date, (run) => reoptimiseDay(ctx, date, { seconds, seed: 1, objective: { kind: 'balanced' }, ...run }));
      const after = made.view.plan;
      return {
        ...switched(made),
        workloads: base ? (workloadChanges(base, after) as { officerId: OfficerId; beforeSec: number; afterSec: number }[]) : [],
        moved: base ? movedVisits(base, after) : 0,
      };
    },
    'visits.carry': ({ from, to, visitIds }) => {
      const { carried, base, saved } = carryVisits(ctx, from, to, visitIds);
      return { carried, plan: saved && base ? update(base, saved) : null };
    },
    'plans.handOver': async ({ date, officerId, fromSec }) => {
      const base = ctx.store.current(date);
      const { handedOver, ...saved } = await job(date, (run) =>
        handOver(ctx, date, officerId, fromSec, { seconds: HAND_OVER_SECONDS, seed: 1, ...run }),
      );
      return { ...update(base, saved), handedOver };
    },
  };
}

/** An insertion only places a few visits into fixed routes: a short budget is plenty. */
const INSERT_SECONDS = 2;
/** A hand-over fits one officer's remaining visits into the others' routes while the day runs. */
const HAND_OVER_SECONDS = 1;

function progressEvent(date: LocalDate, p: PlanProgressReport): EventPayload<'plans.progress'> {
  return {
    date,
    fraction: p.fraction,
    assigned: p.assigned,
    phase: p.phase,
    bestCost: p.bestCost,
    ...(p.travelSec !== undefined && { travelSec: p.travelSec }),
    ...(p.officersUsed !== undefined && { officersUsed: p.officersUsed }),
    ...(p.distanceM !== undefined && { distanceM: p.distanceM }),
    elapsedMs: p.elapsedMs,
    remainingMs: p.remainingMs,
  };
}
