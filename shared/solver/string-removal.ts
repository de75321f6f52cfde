import { type SearchContext } from './context';
import { legSec, type Problem } from './problem';
import { OK } from './timing';

/** Average number of visits one ruin removes (SISR's c̄). */
export const AVERAGE_REMOVED = 10;
/** Longest string cut from one route (SISR's L_max). */
export const MAX_STRING = 10;
/** Share of ruins seeded at an unassigned visit, to make room for it, when there is one. */
const UNASSIGNED_SEED = 0.3;
/** Random draws pickSeed tries before listing the visits in the wanted state. */
const SEED_DRAWS = 8;

/** String removal's buffers. */
export interface RuinScratch {
  /** Which routes this ruin has cut (`cut[k] === stamp`). */
  cut: Int32Array;
  stamp: number;
  /** The candidates a seed may be drawn from (unassigned, or assigned). */
  seeds: number[];
  /** A cut route's remaining stops, then the removed ones after a cut that is undone. */
  kept: Int32Array;
  /** A route put back as it was. */
  restored: Int32Array;
}

/** Buffers long enough for any route plus one. */
export function createRuinScratch(p: Problem): RuinScratch {
  return {
    cut: new Int32Array(p.officerCount),
    stamp: 0,
    seeds: [],
    kept: new Int32Array(p.visitCount + 2),
    restored: new Int32Array(p.visitCount + 2),
  };
}

/**
 * Ruin by adjacent string removal (Christiaens & Vanden Berghe's SISR): from a random seed visit,
 * walk its nearest visits and cut one string of consecutive stops (sometimes with a kept middle
 * part) out of each route met, until a random number of routes has been cut. Removing nearby
 * strings from several routes lets recreate re-split the area between officers.
 *
 * Locks hold: stops before a route's `frozenCount` (already done) are never cut, nor are disabled
 * routes (`ctx.disabled` always holds the closed ones; also emptied ones, or another search's share).
 * A cut that would break the rest of its route (the first visit sets the day's start; a gap may
 * be the only place for the break) is undone. Returns the removed visits and, first, the seed
 * when it was unassigned; `out` receives them and the count is returned. `forcedSeed` (≥ 0) ruins
 * around that visit instead of a random one. An unassigned seed pinned to an officer cuts that
 * officer's route first.
 */
export function removeStrings(ctx: SearchContext, out: Int32Array, forcedSeed = -1): number {
  const { p, sol, rng, adjacency, adjacencyCount } = ctx;
  const seed = forcedSeed >= 0 ? forcedSeed : pickSeed(ctx);
  if (seed < 0) return 0;
  let n = 0;
  if (sol.routeOf[seed] < 0) out[n++] = seed;
  const avgLen = averageRouteLength(ctx);
  const maxString = Math.min(MAX_STRING, Math.max(1, avgLen));
  const maxStrings = Math.max(1, (4 * AVERAGE_REMOVED) / (1 + maxString) - 1);
  const strings = 1 + Math.floor(rng.next() * maxStrings);
  const scratch = ctx.ruin;
  const ruined = scratch.cut;
  const stamp = ++scratch.stamp;
  let cut = 0;
  // A visit pinned to an officer can only go into that route: make room there first, next to
  // the stop nearest to it, however far that route is from it.
  const pinned = sol.routeOf[seed] < 0 ? p.pinnedTo[seed] : -1;
  if (pinned >= 0 && sol.routes[pinned].len > 0 && p.isClosed[pinned] === 0) {
    ruined[pinned] = stamp;
    const got = cutString(ctx, pinned, nearestStop(ctx, pinned, seed), maxString, out, n);
    if (got > 0) {
      n += got;
      cut++;
    }
  }
  for (let i = -1; i < adjacencyCount && cut < strings; i++) {
    const c = i < 0 ? seed : adjacency[seed * adjacencyCount + i];
    if (c < 0) break;
    const k = sol.routeOf[c];
    if (k < 0 || ruined[k] === stamp || ctx.disabled[k] === 1) continue;
    ruined[k] = stamp;
    const got = cutString(ctx, k, sol.posOf[c], maxString, out, n);
    if (got > 0) {
      n += got;
      cut++;
    }
  }
  return n;
}

/** Position of the movable stop (after those already done) in route k closest to visit v. */
function nearestStop(ctx: SearchContext, k: number, v: number): number {
  const { p, sol } = ctx;
  const r = sol.routes[k];
  let best = p.frozenCount[k];
  let bestSec = Infinity;
  for (let i = best; i < r.len; i++) {
    const sec = legSec(p, k, r.stops[i], v);
    if (sec < bestSec) {
      bestSec = sec;
      best = i;
    }
  }
  return best;
}

/** Cuts one string around position `at` of route k; appends the removed visits to `out` at `n`. */
function cutString(ctx: SearchContext, k: number, at: number, maxString: number, out: Int32Array, n: number): number {
  const { p, sol, rng } = ctx;
  const remaining = ctx.ruin.kept;
  const r = sol.routes[k];
  const first = p.frozenCount[k];
  if (at < first) return 0;
  const movable = r.len - first;
  const maxLen = Math.min(movable, maxString);
  const len = 1 + Math.floor(rng.next() * maxLen);
  // Split string: a longer stretch of which a middle part of `keep` stops stays.
  let keep = 0;
  if (rng.next() < 0.5) {
    while (len + keep < movable && rng.next() < 0.5) keep++;
  }
  const span = len + keep;
  // The span must contain `at` and lie within [first, r.len).
  const lo = Math.max(first, at - span + 1);
  const hi = Math.min(at, r.len - span);
  const from = lo + Math.floor(rng.next() * (hi - lo + 1));
  const keepFrom = keep > 0 ? from + 1 + Math.floor(rng.next() * len) : from + span;
  let m = 0;
  let removed = 0;
  for (let i = 0; i < r.len; i++) {
    const inSpan = i >= from && i < from + span;
    const kept = i >= keepFrom && i < keepFrom + keep;
    if (inSpan && !kept) out[n + removed++] = r.stops[i];
    else remaining[m++] = r.stops[i];
  }
  if (!ctx.cursor.simple) {
    // The rest of the route must stay feasible on its own.
    sol.replace(k, remaining, m);
    if (r.code !== OK) {
      for (let i = 0; i < removed; i++) remaining[m + i] = out[n + i];
      restoreOrder(ctx, k, from, span, keepFrom, keep, m, removed);
      return 0;
    }
    return removed;
  }
  sol.replace(k, remaining, m);
  return removed;
}

/** Puts route k back exactly as it was before a rejected cut (stops are in `kept`, removed ones after). */
function restoreOrder(
  ctx: SearchContext,
  k: number,
  from: number,
  span: number,
  keepFrom: number,
  keep: number,
  m: number,
  removed: number,
): void {
  const { sol } = ctx;
  const { kept: remaining, restored } = ctx.ruin;
  const total = m + removed;
  let rest = 0;
  let cut = m;
  let j = 0;
  for (let i = 0; i < total; i++) {
    const inSpan = i >= from && i < from + span;
    const kept = i >= keepFrom && i < keepFrom + keep;
    restored[j++] = inSpan && !kept ? remaining[cut++] : remaining[rest++];
  }
  sol.replace(k, restored, total);
}

function averageRouteLength(ctx: SearchContext): number {
  let stops = 0;
  let routes = 0;
  for (const r of ctx.sol.routes) {
    if (r.len === 0) continue;
    stops += r.len;
    routes++;
  }
  return routes > 0 ? stops / routes : 1;
}

/**
 * A random assigned visit; sometimes an unassigned candidate, so the ruin makes room around it:
 * the higher priority of two drawn, since making room for a visit that outweighs many is where
 * the plan gains most.
 */
function pickSeed(ctx: SearchContext): number {
  const { sol, rng, seedPool: candidates } = ctx;
  if (candidates.length === 0) return -1;
  if (sol.missingCount > 0 && rng.next() < UNASSIGNED_SEED) {
    const a = drawSeed(ctx, true);
    const b = drawSeed(ctx, true);
    return ctx.p.priority[b] > ctx.p.priority[a] ? b : a;
  }
  return drawSeed(ctx, false);
}

/** A uniformly drawn candidate that is unassigned (or assigned); any candidate when there is none. */
function drawSeed(ctx: SearchContext, unassigned: boolean): number {
  const { sol, rng, seedPool: candidates } = ctx;
  // A few draws over all candidates find one in the wanted state uniformly, without a pass over
  // every visit when there are thousands; only when that state is rare is the list built.
  for (let tries = 0; tries < SEED_DRAWS; tries++) {
    const v = candidates[rng.int(candidates.length)];
    if (sol.routeOf[v] < 0 === unassigned) return v;
  }
  const list = ctx.ruin.seeds;
  list.length = 0;
  for (const v of candidates) if (sol.routeOf[v] < 0 === unassigned) list.push(v);
  if (list.length > 0) return list[rng.int(list.length)];
  return candidates[rng.int(candidates.length)];
}
