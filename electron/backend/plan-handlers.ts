import type { EventPayload, Handlers } from '../../shared/api/contract';
import type { LocalDate } from '../../shared/domain';
import type { EventHub } from './events';
import { solveStoredDay, type PlanProgressReport } from './services/planning-service';
import { editPlan } from './services/plan-edit-service';
import { diffPlans } from '../../shared/logic/plan-changes';
import { currentPlanView, redoPlan, undoPlan } from './services/plan-history-service';
import { insertVisits, reoptimiseDay } from './services/reoptimise-service';
import type { PlanContext } from './services/plan-context';

type PlanMethod =
  'plans.solve' | 'plans.cancel' | 'plans.current' | 'plans.edit' | 'plans.undo' | 'plans.redo' | 'plans.reoptimise' | 'plans.insertVisits';

/** The plan methods of the API: solving, the editing board (edit, undo, redo), re-optimising, stopping. */
export function createPlanHandlers(ctx: PlanContext, events: EventHub): Pick<Handlers, PlanMethod> {
  /** Runs a planning job for the date that `plans.cancel` can stop, reporting progress as events. */
  const job = <T>(date: LocalDate, work: (run: { signal: AbortSignal; onProgress: (p: PlanProgressReport) => void }) => Promise<T>) =>
    ctx.jobs.run(date, (signal) => work({ signal, onProgress: (p) => events.emit('plans.progress', progressEvent(date, p)) }));
  const saved = (plan: { date: LocalDate; id: string; stats: EventPayload<'plans.saved'>['stats'] }) =>
    events.emit('plans.saved', { date: plan.date, planId: plan.id, stats: plan.stats });

  return {
    'plans.solve': async ({ date, seconds, seed, objective }) => {
      const plan = await job(date, (run) => solveStoredDay(ctx.repos, { date, seconds, seed, objective, ...run }, ctx.deps));
      ctx.store.remember(plan);
      saved(plan);
      return plan;
    },
    'plans.cancel': ({ date }) => ({ cancelled: ctx.jobs.cancel(date) }),
    'plans.current': ({ date }) => currentPlanView(ctx, date),
    'plans.edit': async (input) => {
      // The base is the current plan (editPlan refuses any other), read before it changes.
      const base = ctx.store.current(input.date);
      const view = await editPlan(ctx, input);
      saved(view.plan);
      return { changes: diffPlans(base ?? view.plan, view.plan), canUndo: view.canUndo, canRedo: view.canRedo };
    },
    'plans.undo': ({ date }) => {
      const view = undoPlan(ctx, date);
      saved(view.plan);
      return view;
    },
    'plans.redo': ({ date }) => {
      const view = redoPlan(ctx, date);
      saved(view.plan);
      return view;
    },
    'plans.reoptimise': async ({ date, seconds, seed, objective }) => {
      const view = await job(date, (run) => reoptimiseDay(ctx, date, { seconds, seed, objective, ...run }));
      saved(view.plan);
      return view;
    },
    'plans.insertVisits': async ({ date, visitIds }) => {
      const view = await job(date, (run) => insertVisits(ctx, date, visitIds, { seconds: INSERT_SECONDS, seed: 1, ...run }));
      saved(view.plan);
      return view;
    },
  };
}

/** An insertion only places a few visits into fixed routes: a short budget is plenty. */
const INSERT_SECONDS = 2;

function progressEvent(date: LocalDate, p: PlanProgressReport): EventPayload<'plans.progress'> {
  return {
    date,
    fraction: p.fraction,
    assigned: p.assigned,
    phase: p.phase,
    bestCost: p.bestCost,
    ...(p.travelSec !== undefined && { travelSec: p.travelSec }),
    ...(p.officersUsed !== undefined && { officersUsed: p.officersUsed }),
    elapsedMs: p.elapsedMs,
    remainingMs: p.remainingMs,
  };
}
