import { type SearchContext } from './context';
import { applyIfBetter, copyStops } from './moves';
import { legSec } from './problem';

/**
 * 2-opt within one route: for stops u before w, reverses the stretch after u up to w, so u is
 * followed by w and the old successor of u is followed by the old successor of w. The edge test
 * is a filter (exact for symmetric travel); the full route check decides. Returns true when applied.
 */
export function twoOpt(ctx: SearchContext, u: number, w: number): boolean {
  const { p, sol, seqA } = ctx;
  const k = sol.routeOf[u];
  if (k !== sol.routeOf[w]) return false;
  let i = sol.posOf[u];
  let j = sol.posOf[w];
  if (i > j) [i, j] = [j, i];
  if (j - i < 2) return false;
  const r = sol.routes[k];
  const a = r.stops[i];
  const s = r.stops[i + 1];
  const e = r.stops[j];
  const after = r.placeAt(p, j + 1);
  if (legSec(p, k, a, e) + legSec(p, k, s, after) - legSec(p, k, a, s) - legSec(p, k, e, after) >= 0) return false;
  let n = copyStops(r, 0, i + 1, seqA, 0);
  for (let m = j; m > i; m--) seqA[n++] = r.stops[m];
  n = copyStops(r, j + 1, r.len, seqA, n);
  return applyIfBetter(ctx, k, seqA, n);
}
