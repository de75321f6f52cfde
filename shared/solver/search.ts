import { regretInsert } from './construct';
import { compareCost, compareMissing, costOf, type Cost } from './cost';
import { type SearchContext } from './context';
import { localSearch } from './local-search';
import { insertUnassigned } from './repair';
import { ruin } from './ruin';

/** Early on, accept a perturbed plan up to this share longer in travel than the current one. */
const START_THRESHOLD = 0.01;
/** Bounds on how many visits one perturbation removes. */
const MIN_REMOVE = 3;
const MAX_REMOVE = 20;

/** How long to improve and how to report. */
export interface ImproveBudget {
  /** Perturbation rounds; Infinity when only `ctx.shouldStop` ends the search. */
  maxIterations: number;
  /** Share of the budget used after `iteration` rounds, 0..1. */
  fraction(iteration: number): number;
  /** Called when the best plan improves and every few rounds. */
  report?(best: Cost, fraction: number): void;
}

/**
 * Iterated local search: local search to a local optimum, then rounds of ruin (remove nearby
 * visits) and recreate (regret insertion), local search and a repair pass for unassigned visits.
 * A round is kept when it is better, or (threshold accepting, shrinking to zero over the budget)
 * when it leaves out the same visits and travels at most slightly more. The best plan seen is
 * restored at the end. Returns the number of rounds done.
 */
export function improve(ctx: SearchContext, budget: ImproveBudget): number {
  const { sol } = ctx;
  localSearch(ctx);
  if (insertUnassigned(ctx) > 0) localSearch(ctx);
  let current = costOf(ctx);
  let currentSnap = sol.snapshot();
  let best = current;
  let bestSnap = currentSnap;
  budget.report?.(best, budget.fraction(0));
  const maxRemove = Math.min(MAX_REMOVE, Math.max(MIN_REMOVE, Math.round(ctx.candidates.length * 0.05)));
  let iteration = 0;
  while (iteration < budget.maxIterations && ctx.candidates.length > 0) {
    if (ctx.shouldStop()) break;
    regretInsert(ctx, ruin(ctx, maxRemove));
    localSearch(ctx);
    if (insertUnassigned(ctx) > 0) localSearch(ctx);
    iteration++;
    const fraction = budget.fraction(iteration);
    const candidate = costOf(ctx);
    if (compareCost(candidate, best) < 0) {
      best = current = candidate;
      bestSnap = currentSnap = sol.snapshot();
      budget.report?.(best, fraction);
      continue;
    }
    if (accepts(candidate, current, START_THRESHOLD * (1 - fraction))) {
      current = candidate;
      currentSnap = sol.snapshot();
    } else {
      sol.restore(currentSnap);
    }
    if (iteration % 16 === 0) budget.report?.(best, fraction);
  }
  sol.restore(bestSnap);
  return iteration;
}

function accepts(candidate: Cost, current: Cost, threshold: number): boolean {
  const byMissing = compareMissing(candidate, current);
  if (byMissing !== 0) return byMissing < 0;
  return candidate.travelSec <= current.travelSec * (1 + threshold);
}
