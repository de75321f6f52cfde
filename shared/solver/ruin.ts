import { NEIGHBOUR_COUNT, type SearchContext } from './context';

/** Share of perturbations centred on an unassigned visit (to make room for it) when there is one. */
const UNASSIGNED_FOCUS = 0.3;

/**
 * Ruin step of ruin-and-recreate: picks a centre visit (usually assigned; sometimes one of the
 * highest-priority unassigned ones, to make room for it), removes up to `maxRemove` assigned
 * visits nearest to it, and returns the pool to re-insert: the removed visits plus the unassigned
 * candidates around the centre.
 */
export function ruin(ctx: SearchContext, maxRemove: number): number[] {
  const { sol, rng, neighbours } = ctx;
  const centre = pickCentre(ctx);
  if (centre < 0) return [];
  const quota = 1 + rng.int(Math.max(1, maxRemove));
  const pool: number[] = [];
  let removed = 0;
  const consider = (v: number): void => {
    if (sol.routeOf[v] >= 0) {
      if (removed >= quota) return;
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
  return pool;
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
