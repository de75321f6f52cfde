import { NEIGHBOUR_COUNT, type SearchContext } from './context';
import { relocate } from './relocate';
import { swap } from './swap';
import { twoOpt } from './two-opt';
import { twoOptStar } from './two-opt-star';

/**
 * First-improvement local search over neighbour pairs: relocate (u after / before w), swap,
 * 2-opt* (two cut variants) and 2-opt, plus moving u into an empty route. A pair is skipped when
 * neither route changed since u was last tested, so after a small perturbation only the touched
 * part of the plan is re-examined. Every applied move strictly shortens travel, so it terminates.
 * Returns the number of moves applied.
 */
export function localSearch(ctx: SearchContext): number {
  const { p, sol, neighbours, lastTested } = ctx;
  const order = Int32Array.from(ctx.candidates);
  let applied = 0;
  let improved = true;
  while (improved) {
    improved = false;
    ctx.rng.shuffle(order);
    for (const u of order) {
      if (sol.routeOf[u] < 0) continue;
      if (ctx.shouldStop()) return applied;
      const testedAt = lastTested[u];
      lastTested[u] = sol.changes;
      for (let i = 0; i < NEIGHBOUR_COUNT; i++) {
        const w = neighbours[u * NEIGHBOUR_COUNT + i];
        if (w < 0) break;
        const kW = sol.routeOf[w];
        if (kW < 0) continue;
        if (sol.routes[sol.routeOf[u]].stamp <= testedAt && sol.routes[kW].stamp <= testedAt) continue;
        if (tryPair(ctx, u, w)) {
          applied++;
          improved = true;
        }
      }
      if (sol.routes[sol.routeOf[u]].stamp > testedAt && moveToEmptyRoute(ctx, u)) {
        applied++;
        improved = true;
      }
    }
    if (p.officerCount === 0) break;
  }
  return applied;
}

function tryPair(ctx: SearchContext, u: number, w: number): boolean {
  const { sol } = ctx;
  if (relocate(ctx, u, sol.routeOf[w], sol.posOf[w] + 1)) return true;
  if (relocate(ctx, u, sol.routeOf[w], sol.posOf[w])) return true;
  if (swap(ctx, u, w)) return true;
  if (sol.routeOf[u] === sol.routeOf[w]) return twoOpt(ctx, u, w);
  return twoOptStar(ctx, u, w, true) || twoOptStar(ctx, u, w, false);
}

/** Opens a new route for u when that alone shortens travel (e.g. an officer starting next door). */
function moveToEmptyRoute(ctx: SearchContext, u: number): boolean {
  const { sol } = ctx;
  for (let k = 0; k < sol.routes.length; k++) {
    if (sol.routes[k].len === 0 && relocate(ctx, u, k, 0)) return true;
  }
  return false;
}
