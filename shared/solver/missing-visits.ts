import { type SearchContext } from './context';
import { type Problem } from './problem';

/** Unassigned visits near the ruined area offered to recreate, at most. */
const NEARBY_MISSING = 12;
/** Unassigned visits met near the ruined area from which those are picked. */
const NEARBY_MISSING_SCAN = 3 * NEARBY_MISSING;

/** Buffers for adding unassigned visits to a ruin's pool. */
export interface PoolScratch {
  /** Visits already in the pool or met (`mark[v] === stamp`). */
  mark: Int32Array;
  stamp: number;
  /** The unassigned visits met, in order. */
  met: Int32Array;
}

export function createPoolScratch(p: Problem): PoolScratch {
  return { mark: new Int32Array(p.visitCount), stamp: 0, met: new Int32Array(p.visitCount + 2) };
}

/**
 * Adds unassigned candidates next to the removed visits to the pool (they may fit in the gap): of
 * the first few met walking the removed visits' neighbours, the highest priorities. On a day with
 * more visits than officers can do, most unassigned visits fit nowhere and each costs a walk of
 * every nearby route; the ones worth a walk are those whose placing would outweigh the most.
 */
export function addNearbyMissing(ctx: SearchContext, pool: Int32Array, n: number): number {
  const { p, sol, neighbours, neighbourCount } = ctx;
  const { mark, met } = ctx.pool;
  // The pool holds unassigned candidates only: when they are all that is missing, none is near.
  if (sol.missingCount <= n) return n;
  const stamp = ++ctx.pool.stamp;
  for (let i = 0; i < n; i++) mark[pool[i]] = stamp;
  let count = 0;
  let top = 0;
  let bottom = Infinity;
  for (let i = 0; i < n && count < NEARBY_MISSING_SCAN; i++) {
    for (let j = 0; j < neighbourCount && count < NEARBY_MISSING_SCAN; j++) {
      const w = neighbours[pool[i] * neighbourCount + j];
      if (w < 0) break;
      if (sol.routeOf[w] >= 0 || mark[w] === stamp || ctx.outside[w] === 1) continue;
      mark[w] = stamp;
      met[count++] = w;
      if (p.priority[w] > top) top = p.priority[w];
      if (p.priority[w] < bottom) bottom = p.priority[w];
    }
  }
  // Highest priority first, in the order met within a priority; priorities are a few small integers.
  let added = 0;
  for (let level = top; level >= bottom && added < NEARBY_MISSING; level--) {
    for (let i = 0; i < count && added < NEARBY_MISSING; i++) {
      if (p.priority[met[i]] !== level) continue;
      pool[n++] = met[i];
      added++;
    }
  }
  return n;
}

/** Adds every unassigned candidate (few while eliminating routes) to the pool; the nearby ones when the ruin found nothing. */
export function addAllMissing(ctx: SearchContext, pool: Int32Array, n: number): number {
  const { mark } = ctx.pool;
  const stamp = ++ctx.pool.stamp;
  for (let i = 0; i < n; i++) mark[pool[i]] = stamp;
  for (const v of ctx.candidates) {
    if (ctx.sol.routeOf[v] >= 0 || mark[v] === stamp) continue;
    mark[v] = stamp;
    pool[n++] = v;
  }
  return n === 0 ? addNearbyMissing(ctx, pool, n) : n;
}
