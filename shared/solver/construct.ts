import { mayTake, type SearchContext } from './context';
import { bestInsertion } from './insertion';
import { INF } from './problem';

/** Regret given to a visit that fits in only one route: it goes before any with a choice. */
const SINGLE_OPTION_REGRET = 1e9;

/**
 * Parallel insertion of `pool` into the current routes: highest priority first, and within a
 * priority the visit with the largest regret-2 (what it loses if its best route fills up). Each
 * visit goes to its cheapest feasible position. Best insertions are cached per (visit, route) and
 * only the changed route is re-evaluated after each insertion. Visits that fit nowhere stay out.
 * `onInserted(count)` is called after every insertion. Returns the number inserted.
 */
export function regretInsert(ctx: SearchContext, pool: ArrayLike<number>, onInserted?: (count: number) => void): number {
  const { p, sol, cursor } = ctx;
  const { deltas, choice } = ctx.insertion;
  const K = p.officerCount;
  const n = pool.length;
  const cost = new Float64Array(n * K).fill(INF);
  const pos = new Int32Array(n * K);
  const best1 = new Float64Array(n);
  const best2 = new Float64Array(n);
  const k1 = new Int32Array(n);
  const k2 = new Int32Array(n);
  const isOpen = new Uint8Array(n);

  const evaluate = (i: number, k: number): void => {
    const d = bestInsertion(p, cursor, sol.routes[k], pool[i], deltas, choice);
    cost[i * K + k] = d;
    pos[i * K + k] = choice.pos;
  };
  // Keeps the two cheapest routes per visit (regret needs both).
  const offer = (i: number, k: number, c: number): void => {
    if (c < best1[i]) {
      best2[i] = best1[i];
      k2[i] = k1[i];
      best1[i] = c;
      k1[i] = k;
    } else if (c < best2[i]) {
      best2[i] = c;
      k2[i] = k;
    }
  };
  const rescan = (i: number): void => {
    best1[i] = best2[i] = INF;
    k1[i] = k2[i] = -1;
    for (let k = 0; k < K; k++) offer(i, k, cost[i * K + k]);
  };

  for (let i = 0; i < n; i++) {
    const v = pool[i];
    if (sol.routeOf[v] >= 0) continue;
    isOpen[i] = 1;
    for (let k = 0; k < K; k++) if (ctx.nearOfficer[v * K + k] === 1 && mayTake(ctx, v, k)) evaluate(i, k);
    rescan(i);
  }

  let inserted = 0;
  for (;;) {
    if ((inserted & 15) === 0 && ctx.shouldStop()) break;
    const pick = pickNext(ctx, pool, isOpen, best1, best2);
    if (pick < 0) break;
    const k = k1[pick];
    sol.insert(pool[pick], k, pos[pick * K + k]);
    isOpen[pick] = 0;
    inserted++;
    onInserted?.(inserted);
    for (let i = 0; i < n; i++) {
      // A route that could not take a visit rarely can after growing: skip it (a heuristic;
      // the repair pass later re-checks exactly).
      if (isOpen[i] === 0 || cost[i * K + k] >= INF) continue;
      evaluate(i, k);
      const c = cost[i * K + k];
      if (k === k1[i] || k === k2[i]) rescan(i);
      else offer(i, k, c);
    }
  }
  return inserted;
}

/** Next visit to insert: highest priority, then largest regret, then lowest id rank; closes visits that fit nowhere. */
function pickNext(ctx: SearchContext, pool: ArrayLike<number>, isOpen: Uint8Array, best1: Float64Array, best2: Float64Array): number {
  const { p } = ctx;
  let pick = -1;
  let pickPriority = 0;
  let pickRegret = 0;
  for (let i = 0; i < pool.length; i++) {
    if (isOpen[i] === 0) continue;
    if (best1[i] >= INF) {
      isOpen[i] = 0;
      continue;
    }
    const v = pool[i];
    const priority = p.priority[v];
    const regret = best2[i] >= INF ? SINGLE_OPTION_REGRET - best1[i] : best2[i] - best1[i];
    if (
      pick < 0 ||
      priority > pickPriority ||
      (priority === pickPriority && (regret > pickRegret || (regret === pickRegret && p.idRank[v] < p.idRank[pool[pick]])))
    ) {
      pick = i;
      pickPriority = priority;
      pickRegret = regret;
    }
  }
  return pick;
}
