import { type SearchContext } from './context';
import { applyPairIfBetter, copyStops, servesAll } from './moves';
import { legSec } from './problem';

/**
 * 2-opt* between two routes: exchanges their tails. With `afterU` the cut is after u and after w
 * (u is then followed by w's old successor); otherwise before both (u's predecessor is then
 * followed by w). Tails may change travel mode and end place, so both new routes are timed in full.
 * Returns true when applied.
 */
export function twoOptStar(ctx: SearchContext, u: number, w: number, afterU: boolean): boolean {
  const { p, sol, seqA, seqB } = ctx;
  const kU = sol.routeOf[u];
  const kW = sol.routeOf[w];
  if (kU === kW) return false;
  const ru = sol.routes[kU];
  const rw = sol.routes[kW];
  // Cut points: route U keeps [0, cu), route W keeps [0, cw); the rest is swapped.
  const cu = afterU ? sol.posOf[u] + 1 : sol.posOf[u];
  const cw = afterU ? sol.posOf[w] + 1 : sol.posOf[w];
  if (cu + (rw.len - cw) > p.maxVisits[kU] || cw + (ru.len - cu) > p.maxVisits[kW]) return false;
  if (!servesAll(ctx, kU, rw.stops, cw, rw.len) || !servesAll(ctx, kW, ru.stops, cu, ru.len)) return false;
  if (p.modeSlot[kU] === p.modeSlot[kW] && p.isOpenEnd[kU] === p.isOpenEnd[kW]) {
    // Same travel matrix: only the two joins and the two end legs change.
    const uLast = ru.placeBefore(p, cu);
    const wLast = rw.placeBefore(p, cw);
    const uNext = ru.placeAt(p, cu);
    const wNext = rw.placeAt(p, cw);
    const newU = legSec(p, kU, uLast, cw < rw.len ? wNext : p.endPlace[kU]);
    const newW = legSec(p, kW, wLast, cu < ru.len ? uNext : p.endPlace[kW]);
    const endU = cw < rw.len ? legSec(p, kU, rw.stops[rw.len - 1], p.endPlace[kU]) - legSec(p, kW, rw.stops[rw.len - 1], p.endPlace[kW]) : 0;
    const endW = cu < ru.len ? legSec(p, kW, ru.stops[ru.len - 1], p.endPlace[kW]) - legSec(p, kU, ru.stops[ru.len - 1], p.endPlace[kU]) : 0;
    const oldJoins = legSec(p, kU, uLast, uNext) + legSec(p, kW, wLast, wNext);
    if (newU + newW + endU + endW - oldJoins >= 0) return false;
  }
  let lenA = copyStops(ru, 0, cu, seqA, 0);
  lenA = copyStops(rw, cw, rw.len, seqA, lenA);
  let lenB = copyStops(rw, 0, cw, seqB, 0);
  lenB = copyStops(ru, cu, ru.len, seqB, lenB);
  return applyPairIfBetter(ctx, kU, seqA, lenA, kW, seqB, lenB);
}
