import type { HandedPlan } from './exchange';
import { type SearchContext } from './context';
import { travelSec } from './problem';

/**
 * Which search works on what between two trades of a split search: a search owns some officers'
 * routes and the unplaced visits near them; the visits in a route belong to the route's owner.
 */
export interface Shares {
  officer: Uint8Array;
  visit: Uint8Array;
}

/**
 * Cuts the day into `searches` rings around a pivot visit, each with about as many placed visits:
 * officers by how far the middle stop of their route (or, when idle, their start) is from the
 * pivot, unplaced visits by their own distance against the same ring bounds. A pinned visit goes
 * with its officer. The pivot is drawn from the trade's number alone, so every search cuts the same
 * merged plan the same way, and each cut moves the borders, so no pair of routes stays apart.
 */
export function shareDay(ctx: SearchContext, searches: number, trade: number): Shares {
  const { p, sol, candidates } = ctx;
  const K = p.officerCount;
  const officer = new Uint8Array(K);
  const visit = new Uint8Array(p.visitCount);
  if (searches < 2 || candidates.length === 0) return { officer, visit };
  const pivot = candidates[(Math.imul(trade + 1, 0x9e3779b1) >>> 0) % candidates.length];
  const away = (place: number): number => travelSec(p, 0, pivot, place);
  const key = new Float64Array(K);
  let placed = 0;
  for (let k = 0; k < K; k++) {
    const r = sol.routes[k];
    key[k] = away(r.len > 0 ? r.stops[r.len >> 1] : p.startPlace[k]);
    placed += r.len;
  }
  const order = Array.from({ length: K }, (_, k) => k).sort((a, b) => key[a] - key[b] || a - b);
  // Ring s ends where the placed visits so far pass s + 1 shares; `bound[s]` is its outer distance.
  const bound = new Float64Array(searches).fill(Infinity);
  let ring = 0;
  let sum = 0;
  for (const k of order) {
    officer[k] = ring;
    sum += Math.max(1, sol.routes[k].len);
    if (ring < searches - 1 && sum >= ((ring + 1) * Math.max(placed, K)) / searches) bound[ring++] = key[k];
  }
  for (const v of candidates) {
    const k = sol.routeOf[v] >= 0 ? sol.routeOf[v] : p.pinnedTo[v];
    if (k >= 0) {
      visit[v] = officer[k];
      continue;
    }
    let s = 0;
    while (s < searches - 1 && away(v) > bound[s]) s++;
    visit[v] = s;
  }
  return { officer, visit };
}

/** Each officer's route from the search that owned it; `own` where that search handed nothing over. */
export function mergeShares(shares: Shares, plans: readonly (HandedPlan | null)[], own: Int32Array[]): Int32Array[] {
  return own.map((route, k) => plans[shares.officer[k]]?.routes[k] ?? route);
}

/** Marks the visits outside search `index`'s share and lets ruins start only inside it (everywhere when `shares` is null). */
export function keepShare(ctx: SearchContext, shares: Shares | null, index: number): void {
  if (shares === null) {
    ctx.outside.fill(0);
    ctx.seedPool = ctx.candidates;
    return;
  }
  for (let v = 0; v < ctx.p.visitCount; v++) ctx.outside[v] = shares.visit[v] === index ? 0 : 1;
  ctx.seedPool = ctx.candidates.filter((v) => shares.visit[v] === index);
}
