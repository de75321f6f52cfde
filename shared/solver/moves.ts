import { type SearchContext } from './context';
import { type RouteState } from './route-state';
import { evaluateSequence, OK } from './timing';

/**
 * Shared plumbing for the local-search operators: candidate routes are built in scratch buffers,
 * timed in full, and applied only when feasible and strictly shorter in travel time.
 */

/** Copies `r.stops[from..to)` into `out` at `at`; returns the new write position. */
export function copyStops(r: RouteState, from: number, to: number, out: Int32Array, at: number): number {
  for (let i = from; i < to; i++) out[at++] = r.stops[i];
  return at;
}

/** True when officer k holds the skills of every visit in `seq[from..to)`. */
export function servesAll(ctx: SearchContext, k: number, seq: ArrayLike<number>, from: number, to: number): boolean {
  const K = ctx.p.officerCount;
  for (let i = from; i < to; i++) if (ctx.serve[seq[i] * K + k] === 0) return false;
  return true;
}

/** Applies one rewritten route when it is feasible and shorter than now. */
export function applyIfBetter(ctx: SearchContext, k: number, seq: Int32Array, len: number): boolean {
  if (len > ctx.p.maxVisits[k]) return false;
  const before = ctx.sol.routes[k].travelSec;
  if (evaluateSequence(ctx.cursor, k, seq, len) !== OK || ctx.cursor.travelSec >= before) return false;
  ctx.sol.replace(k, seq, len);
  return true;
}

/** Applies two rewritten routes when both are feasible and their travel sum is shorter than now. */
export function applyPairIfBetter(
  ctx: SearchContext, kA: number, seqA: Int32Array, lenA: number, kB: number, seqB: Int32Array, lenB: number,
): boolean {
  const { p, cursor, sol } = ctx;
  if (lenA > p.maxVisits[kA] || lenB > p.maxVisits[kB]) return false;
  const before = sol.routes[kA].travelSec + sol.routes[kB].travelSec;
  if (evaluateSequence(cursor, kA, seqA, lenA) !== OK) return false;
  const travelA = cursor.travelSec;
  if (travelA >= before) return false;
  if (evaluateSequence(cursor, kB, seqB, lenB) !== OK) return false;
  if (travelA + cursor.travelSec >= before) return false;
  sol.replacePair(kA, seqA, lenA, kB, seqB, lenB);
  return true;
}
