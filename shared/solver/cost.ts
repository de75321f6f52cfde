import { type SearchContext } from './context';
import { PLANNABLE } from './preselect';

/**
 * The objective, kept apart from the search: first leave out as few visits as possible, judged
 * priority by priority from the highest (one priority-5 visit outweighs any number of lower ones:
 * "the lowest priorities are left out first"), then the least total travel time.
 */
export interface Cost {
  /** Unassigned plannable visits per priority; index = priority (1..5). */
  missing: Int32Array;
  travelSec: number;
  assigned: number;
}

/** Highest priority a visit can have. */
export const MAX_PRIORITY = 5;

/** Penalty per unassigned visit of priority 1 in `scalarCost`, in travel seconds (about a day). */
export const UNASSIGNED_PENALTY_SEC = 100_000;

/** Current cost of the context's solution. */
export function costOf(ctx: SearchContext): Cost {
  const missing = new Int32Array(MAX_PRIORITY + 1);
  const { p, sol, verdict } = ctx;
  for (let v = 0; v < p.visitCount; v++) {
    if (verdict[v] === PLANNABLE && sol.routeOf[v] < 0) missing[Math.min(MAX_PRIORITY, Math.max(1, p.priority[v]))]++;
  }
  return { missing, travelSec: sol.travelSec(), assigned: sol.assignedCount() };
}

/** Negative when `a` is better than `b`, positive when worse, 0 when equal. */
export function compareCost(a: Cost, b: Cost): number {
  const left = compareMissing(a, b);
  return left !== 0 ? left : a.travelSec - b.travelSec;
}

/** Compares only the unassigned visits, highest priority first. */
export function compareMissing(a: Cost, b: Cost): number {
  for (let priority = MAX_PRIORITY; priority >= 1; priority--) {
    if (a.missing[priority] !== b.missing[priority]) return a.missing[priority] - b.missing[priority];
  }
  return 0;
}

/**
 * One number for progress displays: travel seconds plus `UNASSIGNED_PENALTY_SEC × 4^(priority−1)`
 * per unassigned visit. Monotone with `compareCost` in practice, but the search never uses it.
 */
export function scalarCost(cost: Cost): number {
  let sum = cost.travelSec;
  for (let priority = 1; priority <= MAX_PRIORITY; priority++) {
    sum += cost.missing[priority] * UNASSIGNED_PENALTY_SEC * 4 ** (priority - 1);
  }
  return sum;
}
