import { mayTake, type SearchContext } from './context';
import { bestInsertion } from './insertion';
import { INF } from './problem';

/**
 * Tries every unassigned candidate once more, highest priority first, at its cheapest feasible
 * position in any route. Routes unchanged since a visit last failed to fit are skipped (the answer
 * would be the same), so repeated calls are cheap. Returns the number inserted.
 */
export function insertUnassigned(ctx: SearchContext): number {
  const { p, sol, cursor, lastFailed } = ctx;
  const { deltas, choice } = ctx.insertion;
  const K = p.officerCount;
  const open: number[] = [];
  for (const v of ctx.candidates) if (sol.routeOf[v] < 0) open.push(v);
  open.sort((a, b) => p.priority[b] - p.priority[a] || p.idRank[a] - p.idRank[b]);
  let inserted = 0;
  for (const v of open) {
    if (ctx.shouldStop()) break;
    const checkedAt = lastFailed[v];
    let bestCost = INF;
    let bestK = -1;
    let bestPos = -1;
    for (let k = 0; k < K; k++) {
      const r = sol.routes[k];
      if (!mayTake(ctx, v, k) || r.stamp <= checkedAt) continue;
      const d = bestInsertion(p, cursor, r, v, deltas, choice);
      if (d < bestCost) {
        bestCost = d;
        bestK = k;
        bestPos = choice.pos;
      }
    }
    if (bestK >= 0) {
      sol.insert(v, bestK, bestPos);
      inserted++;
    } else {
      lastFailed[v] = sol.changes;
    }
  }
  return inserted;
}
