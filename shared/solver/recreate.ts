import { mayTake, type PlaceTable, type SearchContext } from './context';
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

/**
 * Recreate with forced visits first: the pool's visits go in as in `recreate` (priority first,
 * then the pool's drawn order, each at its cheapest place), except that a visit with a single
 * route left goes before the others of its priority. Each visit's cheapest place per open route is
 * kept, and only the route a visit went into is re-priced for the rest. With a tight fleet, greedy
 * insertion lets a visit with a choice take the only place of one that comes later; putting the
 * forced ones first, far fewer rounds end with visits out. Keeping the drawn order otherwise
 * keeps SISR's variety: a full regret order rebuilt some ruins the same way every time, and some
 * C202 runs stayed 19 % over best-known. Positions are skipped at `blinkRate`.
 * Every open route is priced, so with more than 48 open routes this falls back to `recreate`.
 * Returns the number inserted.
 */
export function recreateForcedFirst(ctx: SearchContext, model: CostModel, pool: Int32Array, n: number, blinkRate = BLINK_RATE): number {
  const { p, sol } = ctx;
  // The routes that may take visits; table column j is route routes[j].
  const routes = ctx.places.routes;
  let R = 0;
  for (let k = 0; k < p.officerCount; k++) if (ctx.disabled[k] === 0) routes[R++] = k;
  if (R > ALL_ROUTES_LIMIT) return recreate(ctx, model, pool, n, blinkRate);
  orderPool(ctx, pool, n);
  const mean = model.objective.balanceWeight > 0 ? model.meanWorking() : 0;
  const t = placeTables(ctx, n, R);
  for (let i = 0; i < n; i++) {
    if (sol.routeOf[pool[i]] >= 0) continue;
    ctx.nearMarked = -1;
    for (let j = 0; j < R; j++) priceRoute(ctx, model, pool[i], i * R + j, routes[j], blinkRate, mean);
    rankRoutes(t, i, R);
  }
  let inserted = 0;
  for (;;) {
    let pick = -1;
    let pickForced = false;
    for (let i = 0; i < n; i++) {
      if (sol.routeOf[pool[i]] >= 0 || t.choices[i] === 0) continue;
      const forced = t.choices[i] === 1;
      if (
        pick < 0 ||
        p.priority[pool[i]] > p.priority[pool[pick]] ||
        (p.priority[pool[i]] === p.priority[pool[pick]] && forced && !pickForced)
      ) {
        pick = i;
        pickForced = forced;
      }
    }
    if (pick < 0) break;
    const j = t.cheapest[pick];
    sol.insert(pool[pick], routes[j], t.pos[pick * R + j]);
    inserted++;
    // Only that route changed: re-price it for the visits still out.
    for (let i = 0; i < n; i++) {
      if (sol.routeOf[pool[i]] >= 0) continue;
      const before = t.cost[i * R + j];
      ctx.nearMarked = -1;
      priceRoute(ctx, model, pool[i], i * R + j, routes[j], blinkRate, mean);
      if (t.cost[i * R + j] !== before) rerankRoute(t, i, R, j, before);
    }
  }
  for (let i = 0; i < n; i++) if (sol.routeOf[pool[i]] < 0) ctx.recreateFailed[pool[i]] = sol.changes;
  return inserted;
}

/**
 * Writes v's cheapest confirmed place in route k (Infinity when none) into place table cell `cell`.
 * The caller resets `ctx.nearMarked` when v changes, so v's nearest visits are marked once for all routes.
 */
function priceRoute(
  ctx: SearchContext,
  model: CostModel,
  v: number,
  cell: number,
  k: number,
  blinkRate: number,
  meanWorking: number,
): void {
  const found = offerIfAllowed(ctx, model, v, k, blinkRate, meanWorking, 0);
  const pick = found > 0 ? confirmedBest(ctx, v, found) : -1;
  ctx.places.cost[cell] = pick < 0 ? Infinity : ctx.offerCost[pick];
  ctx.places.pos[cell] = pick < 0 ? -1 : ctx.offerPos[pick];
}

/** The place tables, grown to hold `n` pool entries for `K` open routes. */
function placeTables(ctx: SearchContext, n: number, K: number): PlaceTable {
  const t = ctx.places;
  if (t.cost.length < n * K) {
    t.cost = new Float64Array(n * K * 2);
    t.pos = new Int32Array(n * K * 2);
  }
  if (t.choices.length < n) {
    t.choices = new Uint8Array(n * 2);
    t.cheapest = new Int32Array(n * 2);
  }
  return t;
}

/** Entry i's cheapest route column, and how many routes have a place for it (counted up to 2). */
function rankRoutes(t: PlaceTable, i: number, K: number): void {
  let best = -1;
  let choices = 0;
  for (let k = 0; k < K; k++) {
    const c = t.cost[i * K + k];
    if (c === Infinity) continue;
    if (choices < 2) choices++;
    if (best < 0 || c < t.cost[i * K + best]) best = k;
  }
  t.choices[i] = choices;
  t.cheapest[i] = best;
}

/**
 * `rankRoutes` after only column j of entry i changed from `before`: most changes leave the
 * cheapest route and the count of choices as they were, so the whole row is rescanned only when
 * column j was the cheapest and got dearer, or lost its place.
 */
function rerankRoute(t: PlaceTable, i: number, K: number, j: number, before: number): void {
  const c = t.cost[i * K + j];
  const cheapest = t.cheapest[i];
  if (c === Infinity || (j === cheapest && c > before)) {
    rankRoutes(t, i, K);
    return;
  }
  if (before === Infinity && t.choices[i] < 2) t.choices[i]++;
  if (cheapest < 0) {
    t.cheapest[i] = j;
    return;
  }
  const low = t.cost[i * K + cheapest];
  if (c < low || (c === low && j < cheapest)) t.cheapest[i] = j;
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
  return offerRoute(ctx, model, v, k, blinkRate, meanWorking, found);
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

/** Takes the cheapest candidate that the full timing (breaks, working time) confirms. */
function placeBest(ctx: SearchContext, v: number, found: number): boolean {
  const pick = confirmedBest(ctx, v, found);
  if (pick < 0) return false;
  ctx.sol.insert(v, ctx.offerRoute[pick], ctx.offerPos[pick]);
  return true;
}

/** Index of the cheapest of `found` candidates that the full timing confirms; −1 when none does. */
function confirmedBest(ctx: SearchContext, v: number, found: number): number {
  const { p, sol, cursor, offerCost, offerRoute, offerPos } = ctx;
  for (;;) {
    let pick = -1;
    for (let i = 0; i < found; i++) if (offerCost[i] !== Infinity && (pick < 0 || offerCost[i] < offerCost[pick])) pick = i;
    if (pick < 0) return -1;
    if (cursor.simple || checkInsertAt(p, cursor, sol.routes[offerRoute[pick]], v, offerPos[pick]) === OK) return pick;
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
