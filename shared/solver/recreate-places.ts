import { mayTake, type SearchContext } from './context';
import { checkInsertAt, insertionDelta, passesWindowTest } from './insertion';
import { COMPACT_NEIGHBOURS, type CostModel } from './objective';
import { hasTravel, travelSec, type Problem } from './problem';
import { outsidePrice } from './outside-prices';
import { OK, startWithin } from './timing';

/**
 * What both recreate strategies share: the places a visit may take in one route (the positions
 * that pass the O(1) window test, priced under the objective, skipped at the blink rate), their
 * confirmation by the full timing, and the order a ruined pool is put back in.
 */

/** SISR's blink rate: each position is skipped with this chance, so equal plans do not always win. */
export const BLINK_RATE = 0.01;
/** On routes of at least this many stops, only positions next to one of the visit's nearest are tried. */
const GRANULAR_FROM = 15;
const GRANULAR_NEIGHBOURS = 30;
/** Up to this many officers every route is tried; beyond, only routes near the visit and empty ones. */
export const ALL_ROUTES_LIMIT = 48;

/** Recreate's buffers, and its blink countdown. */
export interface RecreateScratch {
  /** The places found for the visit being inserted: extra cost, route and position. */
  offerCost: Float64Array;
  offerRoute: Int32Array;
  offerPos: Int32Array;
  /** `orderPool`'s sort key per visit. */
  sortKey: Float64Array;
  /** Routes near the visit (`routeMark[k] === routeStamp`), in the order met in `routeList`. */
  routeMark: Int32Array;
  routeStamp: number;
  routeList: Int32Array;
  /** The visit's nearest visits, for granular positions (`visitMark[w] === nearMarked`). */
  visitMark: Int32Array;
  visitStamp: number;
  /** The `visitMark` stamp of the visit being inserted's nearest visits; −1 until marked. */
  nearMarked: number;
  /**
   * Positions still evaluated before the next blink (a geometric draw, so each position is skipped
   * with the blink rate without a random number per position); −1: none drawn yet. Not reset
   * between calls: the search uses one blink rate, so one countdown serves every call.
   */
  blinkIn: number;
}

export function createRecreateScratch(p: Problem): RecreateScratch {
  const K = p.officerCount;
  const offers = p.visitCount + 2 * K + 2;
  return {
    offerCost: new Float64Array(offers),
    offerRoute: new Int32Array(offers),
    offerPos: new Int32Array(offers),
    sortKey: new Float64Array(p.visitCount),
    routeMark: new Int32Array(K),
    routeStamp: 0,
    routeList: new Int32Array(K + 1),
    visitMark: new Int32Array(p.visitCount),
    visitStamp: 0,
    nearMarked: -1,
    blinkIn: -1,
  };
}

/** Offers v to route k when k may take it and has changed since v last fitted nowhere. */
export function offerIfAllowed(
  ctx: SearchContext,
  model: CostModel,
  v: number,
  k: number,
  blinkRate: number,
  meanWorking: number,
  found: number,
): number {
  if (!mayTake(ctx, v, k)) return found;
  const failedAt = ctx.recreateFailed[v];
  if (failedAt >= ctx.recreateFailedFloor && ctx.sol.routes[k].stamp <= failedAt) return found;
  // A large day has no matrix to index: its offers go through the lookups (sparse-legs.ts).
  if (ctx.p.sparse !== undefined) return offerOnSparse(ctx, model, v, k, blinkRate, meanWorking, found);
  return offerRoute(ctx, model, v, k, blinkRate, meanWorking, found);
}

/** What placing v in route k costs besides travel: an officer opened, a visit moved, a territory left, spread and compactness. */
function offerExtra(ctx: SearchContext, model: CostModel, v: number, k: number, meanWorking: number): number {
  const { p } = ctx;
  const r = ctx.sol.routes[k];
  const obj = model.objective;
  let extra = r.len === 0 ? obj.officerCost : 0;
  if (obj.changeCost > 0 && p.startOfficer[v] >= 0 && p.startOfficer[v] !== k) extra += obj.changeCost;
  extra += outsidePrice(p, v, k);
  if (obj.balanceWeight > 0) extra += obj.balanceWeight * ((r.len > 0 ? r.workingSec : 0) - meanWorking);
  if (obj.compactWeight > 0) extra += obj.compactWeight * 2 * neighboursElsewhere(ctx, v, k);
  return extra;
}

/**
 * `offerRoute` on a large day: the same walk, places and prices through `passesWindowTest` and
 * `insertionDelta` (what the dense loop inlines); every position of the walk is tried but for
 * blinks (no granular positions: a large day's routes are an officer's day, not a benchmark's).
 */
function offerOnSparse(
  ctx: SearchContext,
  model: CostModel,
  v: number,
  k: number,
  blinkRate: number,
  meanWorking: number,
  found: number,
): number {
  const { p, sol, rng } = ctx;
  const scratch = ctx.recreate;
  const r = sol.routes[k];
  const lastEnd = lastEndIfRoom(p, r, v, k);
  if (lastEnd < 0) return found;
  const first = p.twOffset[v];
  const extra = offerExtra(ctx, model, v, k, meanWorking);
  if (blinkRate > 0 && scratch.blinkIn < 0) scratch.blinkIn = positionsUntilBlink(rng.next(), blinkRate);
  // The same walk as `offerRoute`'s: from the first stop with room for v at its window's start, to the first left after its last window.
  const startPos = firstPositionAfter(r.latestArrival, p.frozenCount[k], r.len, p.twStart[first] + p.serviceSec[v]);
  for (let pos = startPos; pos <= r.len; pos++) {
    if (pos > 0 && r.leaveN[pos - 1] > lastEnd) break;
    if (blinkRate > 0 && scratch.blinkIn-- === 0) {
      scratch.blinkIn = positionsUntilBlink(rng.next(), blinkRate);
      continue;
    }
    if (!passesWindowTest(p, r, v, pos)) continue;
    found = keepOffer(ctx, k, pos, insertionDelta(p, r, v, pos) + extra, found);
  }
  return found;
}

/** Adds route k's positions that pass the O(1) window test to the candidate lists; returns the new count. */
function offerRoute(
  ctx: SearchContext,
  model: CostModel,
  v: number,
  k: number,
  blinkRate: number,
  meanWorking: number,
  found: number,
): number {
  const { p, sol, rng } = ctx;
  const scratch = ctx.recreate;
  const r = sol.routes[k];
  const lastEnd = lastEndIfRoom(p, r, v, k);
  if (lastEnd < 0) return found;
  const first = p.twOffset[v];
  const matrix = p.durations[p.modeSlot[k]];
  const extra = offerExtra(ctx, model, v, k, meanWorking);
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
  const marks = scratch.visitMark;
  if (blinkRate > 0 && scratch.blinkIn < 0) scratch.blinkIn = positionsUntilBlink(rng.next(), blinkRate);
  // Leave times and latest arrivals only grow along a route. So v cannot go before a stop whose
  // latest arrival leaves no room for v even at its window's start, nor after a stop left after
  // v's last window closes: the walk covers only the positions between (a binary search finds the first).
  const startPos = firstPositionAfter(r.latestArrival, from, len, windowStart + service);
  let before = startPos === 0 ? p.startPlace[k] : r.stops[startPos - 1];
  for (let pos = startPos; pos <= len; pos++) {
    if (pos > 0 && r.leaveN[pos - 1] > lastEnd) break;
    const after = pos < len ? r.stops[pos] : p.endPlace[k];
    const place = before;
    before = after;
    if (granular && pos > 0 && pos < len && marks[place] !== nearStamp && marks[after] !== nearStamp) continue;
    if (blinkRate > 0) {
      if (scratch.blinkIn === 0) {
        scratch.blinkIn = positionsUntilBlink(rng.next(), blinkRate);
        continue;
      }
      scratch.blinkIn--;
    }
    const toVisit = matrix[place * size + v];
    const arrival = (pos === 0 ? p.shiftStartSec[k] : r.leaveN[pos - 1]) + toVisit;
    if (arrival > lastEnd) continue;
    const start = oneWindow ? (arrival > windowStart ? arrival : windowStart) : startWithin(p, v, arrival);
    const toEnd = pos === len && openEnd;
    const fromVisit = toEnd ? 0 : matrix[v * size + after];
    if (start + service + fromVisit > (pos < len ? r.latestArrival[pos] : shiftEnd)) continue;
    const saved = len === 0 || toEnd ? 0 : matrix[place * size + after];
    found = keepOffer(ctx, k, pos, toVisit + fromVisit - saved + extra, found);
  }
  return found;
}

/** The end of v's last window, or −1 when route k has no room for v (visits, load) or v has no window. */
function lastEndIfRoom(p: SearchContext['p'], r: SearchContext['sol']['routes'][number], v: number, k: number): number {
  if (r.len + 1 > p.maxVisits[k] || r.load + p.demand[v] > p.capacity[k]) return -1;
  if (p.twOffset[v] === p.twOffset[v + 1]) return -1;
  return p.twEnd[p.twOffset[v + 1] - 1];
}

/**
 * Keeps the offer of v at `pos` in route k costing `cost`: in a simple search (the exact test
 * passed) only the single cheapest is kept, otherwise every one is listed. Returns the new count.
 */
function keepOffer(ctx: SearchContext, k: number, pos: number, cost: number, found: number): number {
  const scratch = ctx.recreate;
  if (ctx.cursor.simple && found > 0 && cost >= scratch.offerCost[0]) return found;
  const at = ctx.cursor.simple ? 0 : found;
  scratch.offerCost[at] = cost;
  scratch.offerRoute[at] = k;
  scratch.offerPos[at] = pos;
  return at + 1;
}

/** The first position in [from, len) whose latest arrival is at least `sec`; `len` when none is (binary search). */
function firstPositionAfter(latest: Int32Array, from: number, len: number, sec: number): number {
  let lo = from;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (latest[mid] < sec) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many positions pass before the next blink when each is skipped with chance `rate`: the
 * geometric distribution drawn by inversion from one uniform `u` in [0, 1).
 */
export function positionsUntilBlink(u: number, rate: number): number {
  return Math.max(0, Math.floor(Math.log(1 - u) / Math.log(1 - rate)));
}

/** Index of the cheapest of `found` candidates that the full timing confirms; −1 when none does. */
export function confirmedBest(ctx: SearchContext, v: number, found: number): number {
  const { p, sol, cursor } = ctx;
  const { offerCost, offerRoute, offerPos } = ctx.recreate;
  for (;;) {
    let pick = -1;
    for (let i = 0; i < found; i++) if (offerCost[i] !== Infinity && (pick < 0 || offerCost[i] < offerCost[pick])) pick = i;
    if (pick < 0) return -1;
    if (cursor.simple || checkInsertAt(p, cursor, sol.routes[offerRoute[pick]], v, offerPos[pick]) === OK) return pick;
    offerCost[pick] = Infinity;
  }
}

/** Marks v's nearest visits (once per insertion) and returns the mark. */
function markNear(ctx: SearchContext, v: number): number {
  if (ctx.recreate.nearMarked >= 0) return ctx.recreate.nearMarked;
  const stamp = ++ctx.recreate.visitStamp;
  const near = Math.min(GRANULAR_NEIGHBOURS, ctx.adjacencyCount);
  for (let i = 0; i < near; i++) {
    const w = ctx.adjacency[v * ctx.adjacencyCount + i];
    if (w < 0) break;
    ctx.recreate.visitMark[w] = stamp;
  }
  ctx.recreate.nearMarked = stamp;
  return stamp;
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
export function orderPool(ctx: SearchContext, pool: Int32Array, n: number): void {
  const { p, rng } = ctx;
  const { sortKey } = ctx.recreate;
  const pick = rng.next() * 11;
  const ref = n > 0 ? pool[0] : 0;
  const measured = hasTravel(p);
  for (let i = 0; i < n; i++) {
    const v = pool[i];
    let key: number;
    if (pick < 4) key = rng.next();
    else if (pick < 8) key = -p.demand[v];
    else {
      const d = measured ? travelSec(p, 0, ref, v) : 0;
      key = pick < 10 ? -d : d;
    }
    sortKey[v] = key - p.priority[v] * 1e12;
  }
  const sub = pool.subarray(0, n);
  sub.sort((a, b) => sortKey[a] - sortKey[b] || a - b);
}
