import { type SearchContext } from './context';
import { type CostModel } from './objective';
import { ALL_ROUTES_LIMIT, BLINK_RATE, confirmedBest, offerIfAllowed, orderPool } from './recreate-places';

/**
 * Recreate step: inserts `pool[0..n)` one by one (highest priority first, then in a randomly
 * chosen order: random, largest demand, farthest or closest first) at the cheapest feasible place
 * under the objective, skipping positions at the blink rate. Visits that fit nowhere stay out.
 * Returns the number inserted.
 */
export function recreate(ctx: SearchContext, model: CostModel, pool: Int32Array, n: number, blinkRate = BLINK_RATE): number {
  orderPool(ctx, pool, n);
  const mean = model.objective.balanceWeight > 0 ? model.meanWorking() : 0;
  let inserted = 0;
  for (let i = 0; i < n; i++) {
    const v = pool[i];
    if (ctx.sol.routeOf[v] >= 0) continue;
    if (insertCheapest(ctx, model, v, blinkRate, mean)) inserted++;
  }
  return inserted;
}

/** Inserts v at its cheapest feasible place; false when it fits nowhere. */
export function insertCheapest(ctx: SearchContext, model: CostModel, v: number, blinkRate: number, meanWorking: number): boolean {
  const { p, sol } = ctx;
  const K = p.officerCount;
  const pinned = p.pinnedTo[v];
  // Granular positions on long routes: next to one of v's nearest visits (or at a route's ends),
  // marked when the first long route is met.
  ctx.recreate.nearMarked = -1;
  let found = 0;
  if (K > ALL_ROUTES_LIMIT && pinned < 0) {
    // Many officers: only routes holding one of v's nearest visits, its starting officer's, and
    // (when some officer is idle) the empty ones.
    const count = nearRoutes(ctx, v);
    for (let i = 0; i < count; i++) found = offerIfAllowed(ctx, model, v, ctx.recreate.routeList[i], blinkRate, meanWorking, found);
    if (sol.usedRoutes < K) {
      for (let k = 0; k < K; k++) {
        if (sol.routes[k].len === 0) found = offerIfAllowed(ctx, model, v, k, blinkRate, meanWorking, found);
      }
    }
  } else {
    for (let k = 0; k < K; k++) found = offerIfAllowed(ctx, model, v, k, blinkRate, meanWorking, found);
  }
  if (found > 0 && placeBest(ctx, v, found)) return true;
  ctx.recreateFailed[v] = sol.changes;
  return false;
}

/** The routes holding one of v's nearest visits, and its starting officer's, into `ctx.recreate.routeList`. */
function nearRoutes(ctx: SearchContext, v: number): number {
  const { p, sol } = ctx;
  const { routeMark: marks, routeList: list } = ctx.recreate;
  const stamp = ++ctx.recreate.routeStamp;
  let count = 0;
  for (let i = 0; i < ctx.neighbourCount; i++) {
    const w = ctx.neighbours[v * ctx.neighbourCount + i];
    if (w < 0) break;
    const k = sol.routeOf[w];
    if (k >= 0 && marks[k] !== stamp) {
      marks[k] = stamp;
      list[count++] = k;
    }
  }
  const k = p.startOfficer[v];
  if (k >= 0 && marks[k] !== stamp && sol.routes[k].len > 0) list[count++] = k;
  return count;
}

/** Takes the cheapest candidate that the full timing (breaks, working time) confirms. */
function placeBest(ctx: SearchContext, v: number, found: number): boolean {
  const pick = confirmedBest(ctx, v, found);
  if (pick < 0) return false;
  ctx.sol.insert(v, ctx.recreate.offerRoute[pick], ctx.recreate.offerPos[pick]);
  return true;
}
