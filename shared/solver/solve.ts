import { regretInsert } from './construct';
import { costOf, scalarCost } from './cost';
import { createContext } from './context';
import { explainAll, type UnassignedInfo } from './explain';
import { type Problem } from './problem';
import { insertUnassigned } from './repair';
import { improve } from './search';

/** Perturbation rounds when neither `maxIterations` nor a deadline is given. */
export const DEFAULT_MAX_ITERATIONS = 300;

/** Progress while solving; `fraction` is 0..1 of the current phase's budget. */
export interface SolveProgress {
  phase: 'construct' | 'improve';
  fraction: number;
  assigned: number;
  bestCost: number;
}

/** Seed and stopping rules. With `maxIterations` the result depends only on the input and seed. */
export interface SolveOptions {
  seed: number;
  /** Perturbation rounds; when given, the deadline is ignored so that results are reproducible. */
  maxIterations?: number;
  /** Improve until `now() ≥ atMs` (milliseconds on the injected clock). */
  deadline?: { now: () => number; atMs: number };
  onProgress?: (progress: SolveProgress) => void;
  /** Polled between steps; when true the best plan so far is returned. */
  isCancelled?: () => boolean;
}

/** Routes per officer (visit indices in order) and the explained leftovers. */
export interface SolveResult {
  routes: Int32Array[];
  unassigned: UnassignedInfo[];
  travelSec: number;
  iterations: number;
}

/**
 * Plans one day: parallel regret insertion by priority, then iterated local search until the
 * iteration budget, the deadline or cancellation, then a final repair pass and explanations.
 * Pure and synchronous; randomness comes only from `seed`.
 */
export function solve(p: Problem, options: SolveOptions): SolveResult {
  const ctx = createContext(p, options.seed);
  const isCancelled = (): boolean => options.isCancelled?.() === true;
  const report = options.onProgress;
  ctx.shouldStop = isCancelled;

  const total = Math.max(1, ctx.candidates.length);
  const every = Math.max(1, Math.floor(total / 20));
  report?.({ phase: 'construct', fraction: 0, assigned: 0, bestCost: 0 });
  regretInsert(ctx, ctx.candidates, (count) => {
    if (count % every === 0) report?.({ phase: 'construct', fraction: count / total, assigned: count, bestCost: 0 });
  });

  const deadline = options.deadline;
  const useDeadline = options.maxIterations === undefined && deadline !== undefined;
  const maxIterations = options.maxIterations ?? (useDeadline ? Infinity : DEFAULT_MAX_ITERATIONS);
  const startMs = useDeadline ? deadline.now() : 0;
  ctx.shouldStop = () => isCancelled() || (useDeadline && deadline.now() >= deadline.atMs);
  const fraction = (iteration: number): number => {
    if (!useDeadline) return maxIterations > 0 ? Math.min(1, iteration / maxIterations) : 1;
    const span = deadline.atMs - startMs;
    return span > 0 ? Math.min(1, Math.max(0, (deadline.now() - startMs) / span)) : 1;
  };
  let iterations = 0;
  if (!isCancelled()) {
    iterations = improve(ctx, {
      maxIterations,
      fraction,
      report: report && ((best, f) => report({ phase: 'improve', fraction: f, assigned: best.assigned, bestCost: scalarCost(best) })),
    });
  }

  // A last exact pass, so that no reported "capacity" visit would in fact have fitted.
  ctx.shouldStop = isCancelled;
  insertUnassigned(ctx);
  const final = costOf(ctx);
  report?.({ phase: 'improve', fraction: 1, assigned: final.assigned, bestCost: scalarCost(final) });
  return { routes: ctx.sol.snapshot(), unassigned: explainAll(ctx), travelSec: final.travelSec, iterations };
}
