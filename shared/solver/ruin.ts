import { NEIGHBOUR_COUNT, type SearchContext } from './context';
import { evaluateSequence, OK } from './timing';

/** Share of perturbations centred on an unassigned visit (to make room for it) when there is one. */
const UNASSIGNED_FOCUS = 0.3;

/**
 * Ruin step of ruin-and-recreate: picks a centre visit (usually assigned; sometimes one of the
 * highest-priority unassigned ones, to make room for it), removes up to `maxRemove` assigned
 * visits nearest to it, and returns the pool to re-insert: the removed visits plus the unassigned
 * candidates around the centre.
 *
 * Every route stays feasible: taking a visit out can break the rest of its route (the first visit
 * sets when the day starts, so without it the day can run past `maxWorkingSec`; the gap after a
 * visit can be the only place the break fits). Such a visit is held back and tried again
 * once its neighbours have gone; whatever still cannot leave stays in place. The search may stop
 * after any step and keeps the plans it passes through, so it must never hold a broken route.
 */
export function ruin(ctx: SearchContext, maxRemove: number): number[] {
  const { sol, rng, neighbours } = ctx;
  const centre = pickCentre(ctx);
  if (centre < 0) return [];
  const quota = 1 + rng.int(Math.max(1, maxRemove));
  const pool: number[] = [];
  let held: number[] = [];
  let removed = 0;
  const consider = (v: number): void => {
    if (sol.routeOf[v] >= 0) {
      if (removed >= quota) return;
      if (!canRemove(ctx, v)) {
        held.push(v);
        return;
      }
      sol.remove(v);
      removed++;
    }
    pool.push(v);
  };
  consider(centre);
  for (let i = 0; i < NEIGHBOUR_COUNT; i++) {
    const w = neighbours[centre * NEIGHBOUR_COUNT + i];
    if (w < 0) break;
    consider(w);
  }
  // Retry held-back visits (nearest first) while removals still make progress.
  while (held.length > 0 && removed < quota) {
    const retry = held;
    const before = removed;
    held = [];
    for (const v of retry) consider(v);
    if (removed === before) break;
  }
  return pool;
}

/** True when v's route, with v taken out, is still feasible (v must be assigned). */
function canRemove(ctx: SearchContext, v: number): boolean {
  const { sol, seqA } = ctx;
  const k = sol.routeOf[v];
  const r = sol.routes[k];
  const pos = sol.posOf[v];
  let n = 0;
  for (let i = 0; i < r.len; i++) if (i !== pos) seqA[n++] = r.stops[i];
  return evaluateSequence(ctx.cursor, k, seqA, n) === OK;
}

function pickCentre(ctx: SearchContext): number {
  const { p, sol, rng, candidates } = ctx;
  const open: number[] = [];
  let top = 0;
  for (const v of candidates) {
    if (sol.routeOf[v] >= 0) continue;
    if (p.priority[v] > top) {
      top = p.priority[v];
      open.length = 0;
    }
    if (p.priority[v] === top) open.push(v);
  }
  const assignedCount = sol.assignedCount();
  if (open.length > 0 && (assignedCount === 0 || rng.next() < UNASSIGNED_FOCUS)) return open[rng.int(open.length)];
  if (assignedCount === 0) return -1;
  // Uniform over assigned visits: walk the routes to the drawn index.
  let index = rng.int(assignedCount);
  for (const r of sol.routes) {
    if (index < r.len) return r.stops[index];
    index -= r.len;
  }
  return -1;
}
