import { type SearchClock } from './clock';
import { setDisabled, type SearchContext } from './context';
import { addAllMissing } from './missing-visits';
import { type CostModel } from './objective';
import { recreate } from './recreate';
import { removeStrings } from './string-removal';

/** Share of the elimination budget an attempt may run without putting back more visits than before. */
const STALL_SHARE = 0.3;

/**
 * Route elimination for the fewest-officers objective (SISR's fleet minimisation): take the
 * shortest route out, then ruin and recreate with one officer fewer until every visit is back in.
 * A round is kept when fewer visits are out, or when the visits out have been out less often
 * (absence counters), which steers the search towards placing the stubborn ones. On success the
 * next route goes; when the clock runs out mid-attempt, or the attempt stalls, the last complete
 * plan is restored.
 * Only officers that already have visits may take visits while eliminating, so the fleet never grows.
 * Returns the number of routes eliminated.
 */
export function eliminateRoutes(ctx: SearchContext, model: CostModel, clock: SearchClock, onSuccess?: () => void): number {
  const { p, sol } = ctx;
  const absence = new Float64Array(p.visitCount);
  const pool = new Int32Array(p.visitCount + 1);
  const baseline = Uint8Array.from(ctx.disabled);
  let eliminated = 0;
  while (!clock.shouldStop() && countOut(ctx) === 0) {
    const victim = pickVictim(ctx, lowerBound(ctx));
    if (victim < 0) break;
    const saved = sol.snapshot();
    setDisabled(ctx, (k) => baseline[k] === 1 || sol.routes[k].len === 0 || k === victim);
    sol.replace(victim, pool, 0);
    let out = countOut(ctx);
    let outScore = absenceScore(ctx, absence);
    let fewestOut = out;
    let fewestAt = clock.fraction();
    // An attempt that has stopped getting closer gives its time back to the distance phase.
    while (out > 0 && !clock.shouldStop() && clock.fraction() - fewestAt < STALL_SHARE) {
      sol.beginTrial();
      let n = removeStrings(ctx, pool);
      n = addAllMissing(ctx, pool, n);
      recreate(ctx, model, pool, n);
      const nowOut = countOut(ctx);
      const nowScore = absenceScore(ctx, absence);
      if (nowOut < out || nowScore < outScore) {
        sol.endTrial();
        out = nowOut;
        outScore = nowScore;
      } else {
        sol.rollback();
      }
      for (const v of ctx.candidates) if (sol.routeOf[v] < 0) absence[v]++;
      outScore = absenceScore(ctx, absence);
      if (out < fewestOut) {
        fewestOut = out;
        fewestAt = clock.fraction();
      }
      clock.tick();
    }
    if (out > 0) {
      sol.restore(saved);
      break;
    }
    eliminated++;
    onSuccess?.();
  }
  setDisabled(ctx, (k) => baseline[k] === 1);
  return eliminated;
}

/** The route with the fewest visits (ties: least load), among routes free of locks; −1 at the bound. */
function pickVictim(ctx: SearchContext, bound: number): number {
  const { p, sol } = ctx;
  let used = 0;
  let pick = -1;
  for (let k = 0; k < p.officerCount; k++) {
    const r = sol.routes[k];
    if (r.len === 0) continue;
    used++;
    if (p.isClosed[k] === 1 || p.frozenCount[k] > 0 || hasPinned(ctx, k)) continue;
    if (pick < 0 || r.len < sol.routes[pick].len || (r.len === sol.routes[pick].len && r.load < sol.routes[pick].load)) pick = k;
  }
  return used <= bound ? -1 : pick;
}

function hasPinned(ctx: SearchContext, k: number): boolean {
  const r = ctx.sol.routes[k];
  for (let i = 0; i < r.len; i++) if (ctx.p.pinnedTo[r.stops[i]] >= 0) return true;
  return false;
}

/** No plan can use fewer officers than the total demand over the largest capacity. */
function lowerBound(ctx: SearchContext): number {
  const { p } = ctx;
  let demand = 0;
  for (const v of ctx.candidates) demand += p.demand[v];
  let capacity = 0;
  for (let k = 0; k < p.officerCount; k++) capacity = Math.max(capacity, p.capacity[k]);
  return capacity > 0 ? Math.max(1, Math.ceil(demand / capacity)) : 1;
}

function countOut(ctx: SearchContext): number {
  let out = 0;
  for (const v of ctx.candidates) if (ctx.sol.routeOf[v] < 0) out++;
  return out;
}

function absenceScore(ctx: SearchContext, absence: Float64Array): number {
  let score = 0;
  for (const v of ctx.candidates) if (ctx.sol.routeOf[v] < 0) score += absence[v];
  return score;
}
