import { type SearchContext } from './context';
import { applyIfBetter, applyPairIfBetter, copyStops } from './moves';
import { legSec } from './problem';

/**
 * Relocate: moves assigned visit u so that it sits before position `pos` of officer kT's route
 * (positions as the route is now; the same route is allowed). Applied only when feasible and
 * shorter in total travel. Returns true when applied.
 */
export function relocate(ctx: SearchContext, u: number, kT: number, pos: number): boolean {
  const { p, sol, seqA, seqB } = ctx;
  const kU = sol.routeOf[u];
  const pu = sol.posOf[u];
  const from = sol.routes[kU];
  const to = sol.routes[kT];
  if (kU === kT && (pos === pu || pos === pu + 1)) return false;
  if (ctx.serve[u * p.officerCount + kT] === 0) return false;
  if (kU !== kT && to.len + 1 > p.maxVisits[kT]) return false;

  // Travel estimate; exact for these edges because u is never next to the insertion edge.
  const prevU = from.placeBefore(p, pu);
  const nextU = from.placeAt(p, pu + 1);
  // An emptied or empty route travels nothing, not the direct start → end leg.
  const gain = legSec(p, kU, prevU, u) + legSec(p, kU, u, nextU) - (from.len === 1 ? 0 : legSec(p, kU, prevU, nextU));
  const a = to.placeBefore(p, pos);
  const b = to.placeAt(p, pos);
  const cost = legSec(p, kT, a, u) + legSec(p, kT, u, b) - (to.len === 0 ? 0 : legSec(p, kT, a, b));
  if (cost - gain >= 0) return false;

  if (kU === kT) {
    let n = 0;
    for (let i = 0; i <= from.len; i++) {
      if (i === pos) seqA[n++] = u;
      if (i < from.len && i !== pu) seqA[n++] = from.stops[i];
    }
    return applyIfBetter(ctx, kU, seqA, n);
  }
  let lenA = copyStops(from, 0, pu, seqA, 0);
  lenA = copyStops(from, pu + 1, from.len, seqA, lenA);
  let lenB = copyStops(to, 0, pos, seqB, 0);
  seqB[lenB++] = u;
  lenB = copyStops(to, pos, to.len, seqB, lenB);
  return applyPairIfBetter(ctx, kU, seqA, lenA, kT, seqB, lenB);
}
