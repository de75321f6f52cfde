import { type SearchContext } from './context';
import { type CostModel } from './objective';
import { type Problem } from './problem';
import { recreate } from './recreate';
import { ALL_ROUTES_LIMIT, BLINK_RATE, confirmedBest, offerIfAllowed, orderPool } from './recreate-places';

/** Forced-first recreate's tables: the open routes; `cost`/`pos` per (pool entry × open route); per entry the routes with a place (up to 2) and the cheapest. Grown on demand. */
export interface PlaceTable {
  routes: Int32Array;
  cost: Float64Array;
  pos: Int32Array;
  choices: Uint8Array;
  cheapest: Int32Array;
}

export function createPlaceTable(p: Problem): PlaceTable {
  return {
    routes: new Int32Array(p.officerCount),
    cost: new Float64Array(0),
    pos: new Int32Array(0),
    choices: new Uint8Array(0),
    cheapest: new Int32Array(0),
  };
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
    ctx.recreate.nearMarked = -1;
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
      ctx.recreate.nearMarked = -1;
      priceRoute(ctx, model, pool[i], i * R + j, routes[j], blinkRate, mean);
      if (t.cost[i * R + j] !== before) rerankRoute(t, i, R, j, before);
    }
  }
  for (let i = 0; i < n; i++) if (sol.routeOf[pool[i]] < 0) ctx.recreateFailed[pool[i]] = sol.changes;
  return inserted;
}

/**
 * Writes v's cheapest confirmed place in route k (Infinity when none) into place table cell `cell`.
 * The caller resets `ctx.recreate.nearMarked` when v changes, so v's nearest visits are marked once for all routes.
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
  ctx.places.cost[cell] = pick < 0 ? Infinity : ctx.recreate.offerCost[pick];
  ctx.places.pos[cell] = pick < 0 ? -1 : ctx.recreate.offerPos[pick];
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
