import { type SearchContext } from './context';
import { applyIfBetter, applyPairIfBetter, copyStops } from './moves';
import { legSec } from './problem';

/**
 * Swap: exchanges assigned visits u and w (in one route or two). Applied only when feasible and
 * shorter in total travel. Returns true when applied.
 */
export function swap(ctx: SearchContext, u: number, w: number): boolean {
  const { p, sol, seqA, seqB } = ctx;
  const K = p.officerCount;
  const kU = sol.routeOf[u];
  const kW = sol.routeOf[w];
  const pu = sol.posOf[u];
  const pw = sol.posOf[w];
  const ru = sol.routes[kU];
  const rw = sol.routes[kW];

  if (kU === kW) {
    const n = copyStops(ru, 0, ru.len, seqA, 0);
    seqA[pu] = w;
    seqA[pw] = u;
    // Next to each other the edge formula double-counts; the full route time check settles it.
    if (Math.abs(pu - pw) > 1 && swapDelta(ctx, kU, pu, w) + swapDelta(ctx, kU, pw, u) >= 0) return false;
    return applyIfBetter(ctx, kU, seqA, n);
  }
  if (ctx.serve[u * K + kW] === 0 || ctx.serve[w * K + kU] === 0) return false;
  if (swapDelta(ctx, kU, pu, w) + swapDelta(ctx, kW, pw, u) >= 0) return false;
  const lenA = copyStops(ru, 0, ru.len, seqA, 0);
  seqA[pu] = w;
  const lenB = copyStops(rw, 0, rw.len, seqB, 0);
  seqB[pw] = u;
  return applyPairIfBetter(ctx, kU, seqA, lenA, kW, seqB, lenB);
}

/** Travel change of putting visit x in place of the stop at `pos` of officer k's route. */
function swapDelta(ctx: SearchContext, k: number, pos: number, x: number): number {
  const { p, sol } = ctx;
  const r = sol.routes[k];
  const a = r.placeBefore(p, pos);
  const b = r.placeAt(p, pos + 1);
  const old = r.stops[pos];
  return legSec(p, k, a, x) + legSec(p, k, x, b) - legSec(p, k, a, old) - legSec(p, k, old, b);
}
