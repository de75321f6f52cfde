import { mayTake, type SearchContext } from './context';
import { checkInsertAt } from './insertion';
import { COMPACT_NEIGHBOURS, type CostModel } from './objective';
import { OK, startWithin } from './timing';

/** SISR's blink rate: each position is skipped with this chance, so equal plans do not always win. */
export const BLINK_RATE = 0.01;
/** On routes of at least this many stops, only positions next to one of the visit's nearest are tried. */
const GRANULAR_FROM = 15;
const GRANULAR_NEIGHBOURS = 30;
/** Up to this many officers every route is tried; beyond, only routes near the visit and empty ones. */
const ALL_ROUTES_LIMIT = 48;

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
  ctx.nearMarked = -1;
  let found = 0;
  if (K > ALL_ROUTES_LIMIT && pinned < 0) {
    // Many officers: only routes holding one of v's nearest visits, its starting officer's, and
    // (when some officer is idle) the empty ones.
    const count = nearRoutes(ctx, v);
    for (let i = 0; i < count; i++) found = offerIfAllowed(ctx, model, v, ctx.routeList[i], blinkRate, meanWorking, found);
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

/** Marks v's nearest visits (once per insertion) and returns the mark. */
function markNear(ctx: SearchContext, v: number): number {
  if (ctx.nearMarked >= 0) return ctx.nearMarked;
  const stamp = ++ctx.visitStamp;
  const near = Math.min(GRANULAR_NEIGHBOURS, ctx.adjacencyCount);
  for (let i = 0; i < near; i++) {
    const w = ctx.adjacency[v * ctx.adjacencyCount + i];
    if (w < 0) break;
    ctx.visitMark[w] = stamp;
  }
  ctx.nearMarked = stamp;
  return stamp;
}

/** The routes holding one of v's nearest visits, and its starting officer's, into `ctx.routeList`. */
function nearRoutes(ctx: SearchContext, v: number): number {
  const { p, sol, routeMark: marks, routeList: list } = ctx;
  const stamp = ++ctx.routeStamp;
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

/** Offers v to route k when k may take it and has changed since v last fitted nowhere. */
function offerIfAllowed(
  ctx: SearchContext, model: CostModel, v: number, k: number, blinkRate: number, meanWorking: number, found: number,
): number {
  if (!mayTake(ctx, v, k)) return found;
  const failedAt = ctx.recreateFailed[v];
  if (failedAt >= ctx.recreateFailedFloor && ctx.sol.routes[k].stamp <= failedAt) return found;
  return offerRoute(ctx, model, v, k, blinkRate, meanWorking, found);
}

/** Adds route k's positions that pass the O(1) window test to the candidate lists; returns the new count. */
function offerRoute(
  ctx: SearchContext, model: CostModel, v: number, k: number, blinkRate: number, meanWorking: number, found: number,
): number {
  const { p, sol, rng } = ctx;
  const r = sol.routes[k];
  if (r.len + 1 > p.maxVisits[k] || r.load + p.demand[v] > p.capacity[k]) return found;
  const first = p.twOffset[v];
  if (first === p.twOffset[v + 1]) return found;
  const lastEnd = p.twEnd[p.twOffset[v + 1] - 1];
  const matrix = p.durations[p.modeSlot[k]];
  const obj = model.objective;
  let extra = r.len === 0 ? obj.officerCost : 0;
  if (obj.changeCost > 0 && p.startOfficer[v] >= 0 && p.startOfficer[v] !== k) extra += obj.changeCost;
  if (obj.balanceWeight > 0) extra += obj.balanceWeight * ((r.len > 0 ? r.workingSec : 0) - meanWorking);
  if (obj.compactWeight > 0) extra += obj.compactWeight * 2 * neighboursElsewhere(ctx, v, k);
  // The O(1) test and the travel delta, inlined: this loop is most of the solver's time.
  const size = p.size;
  const len = r.len;
  const openEnd = p.isOpenEnd[k] === 1;
  const service = p.serviceSec[v];
  const oneWindow = p.twOffset[v + 1] - first === 1;
  const windowStart = p.twStart[first];
  const shiftEnd = p.shiftEndSec[k];
  const from = p.frozenCount[k];
  const granular = len >= GRANULAR_FROM;
  const nearStamp = granular ? markNear(ctx, v) : 0;
  const marks = ctx.visitMark;
  if (blinkRate > 0 && ctx.blinkIn < 0) ctx.blinkIn = positionsUntilBlink(rng.next(), blinkRate);
  let before = from === 0 ? p.startPlace[k] : r.stops[from - 1];
  for (let pos = from; pos <= len; pos++) {
    const after = pos < len ? r.stops[pos] : p.endPlace[k];
    const place = before;
    before = after;
    if (granular && pos > 0 && pos < len && marks[place] !== nearStamp && marks[after] !== nearStamp) continue;
    if (blinkRate > 0) {
      if (ctx.blinkIn === 0) {
        ctx.blinkIn = positionsUntilBlink(rng.next(), blinkRate);
        continue;
      }
      ctx.blinkIn--;
    }
    const toVisit = matrix[place * size + v];
    const arrival = (pos === 0 ? p.shiftStartSec[k] : r.leaveN[pos - 1]) + toVisit;
    if (arrival > lastEnd) continue;
    const start = oneWindow ? (arrival > windowStart ? arrival : windowStart) : startWithin(p, v, arrival);
    const toEnd = pos === len && openEnd;
    const fromVisit = toEnd ? 0 : matrix[v * size + after];
    if (start + service + fromVisit > (pos < len ? r.latestArrival[pos] : shiftEnd)) continue;
    const saved = len === 0 || toEnd ? 0 : matrix[place * size + after];
    const cost = toVisit + fromVisit - saved + extra;
    if (ctx.cursor.simple) {
      // Exact test passed: only the single cheapest candidate needs keeping.
      if (found === 0 || cost < ctx.offerCost[0]) {
        ctx.offerCost[0] = cost;
        ctx.offerRoute[0] = k;
        ctx.offerPos[0] = pos;
        found = 1;
      }
      continue;
    }
    ctx.offerCost[found] = cost;
    ctx.offerRoute[found] = k;
    ctx.offerPos[found] = pos;
    found++;
  }
  return found;
}

/**
 * How many positions pass before the next blink when each is skipped with chance `rate`: the
 * geometric distribution drawn by inversion from one uniform `u` in [0, 1).
 */
export function positionsUntilBlink(u: number, rate: number): number {
  return Math.max(0, Math.floor(Math.log(1 - u) / Math.log(1 - rate)));
}

/** Takes the cheapest candidate that the full timing (breaks, working time) confirms. */
function placeBest(ctx: SearchContext, v: number, found: number): boolean {
  const { p, sol, cursor, offerCost, offerRoute, offerPos } = ctx;
  for (;;) {
    let pick = -1;
    for (let i = 0; i < found; i++) if (offerCost[i] !== Infinity && (pick < 0 || offerCost[i] < offerCost[pick])) pick = i;
    if (pick < 0) return false;
    const k = offerRoute[pick];
    const pos = offerPos[pick];
    if (ctx.cursor.simple || checkInsertAt(p, cursor, sol.routes[k], v, pos) === OK) {
      sol.insert(v, k, pos);
      return true;
    }
    offerCost[pick] = Infinity;
  }
}

/** v's compact neighbours that are assigned to an officer other than k. */
function neighboursElsewhere(ctx: SearchContext, v: number, k: number): number {
  let count = 0;
  for (let i = 0; i < COMPACT_NEIGHBOURS; i++) {
    const w = ctx.neighbours[v * ctx.neighbourCount + i];
    if (w < 0) break;
    const kw = ctx.sol.routeOf[w];
    if (kw >= 0 && kw !== k) count++;
  }
  return count;
}

/** Sorts the pool: priority first, then one of SISR's orders chosen at random (4:4:2:1). */
function orderPool(ctx: SearchContext, pool: Int32Array, n: number): void {
  const { p, rng, sortKey } = ctx;
  const pick = rng.next() * 11;
  const ref = n > 0 ? pool[0] : 0;
  const metric = p.durations[0];
  for (let i = 0; i < n; i++) {
    const v = pool[i];
    let key: number;
    if (pick < 4) key = rng.next();
    else if (pick < 8) key = -p.demand[v];
    else {
      const d = metric ? metric[ref * p.size + v] : 0;
      key = pick < 10 ? -d : d;
    }
    sortKey[v] = key - p.priority[v] * 1e12;
  }
  const sub = pool.subarray(0, n);
  sub.sort((a, b) => sortKey[a] - sortKey[b] || a - b);
}
