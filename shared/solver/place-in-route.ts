import { bestInsertion, createInsertionScratch } from './insertion';
import { INF, type Problem } from './problem';
import { RouteState } from './route-state';
import { timeRoute } from './route-timing';
import { TimingCursor } from './timing';

/**
 * Officer k's route with `adding` put in one by one, earliest window first, each at its cheapest
 * feasible place (least extra travel, as the planner inserts); `kept` keeps its order. A visit
 * that fits nowhere goes where the timed route breaks fewest rules, then travels least, so a
 * dispatcher's batch move is always made and its broken rules flagged. Places before `firstFree`
 * (stops already made) are never used.
 */
export function placeInRoute(p: Problem, k: number, kept: readonly number[], adding: readonly number[], firstFree = 0): Int32Array {
  // The planner's own insertion, told that the first `firstFree` stops are fixed.
  const frozenCount = Int32Array.from(p.frozenCount);
  frozenCount[k] = Math.min(firstFree, kept.length);
  const problem: Problem = { ...p, frozenCount };
  const cursor = new TimingCursor(problem);
  const route = new RouteState(k, kept.length + adding.length);
  route.assign(cursor, kept, kept.length);
  const scratch = createInsertionScratch(problem);
  const order = [...adding].sort((a, b) => p.firstWindowSec[a] - p.firstWindowSec[b] || p.idRank[a] - p.idRank[b]);
  for (const v of order) {
    const delta = bestInsertion(problem, cursor, route, v, scratch.deltas, scratch.choice);
    const pos = delta < INF ? scratch.choice.pos : leastBrokenPlace(problem, k, route, v);
    route.insert(cursor, v, pos);
  }
  return route.stops.slice(0, route.len);
}

/** The place (from the first free one) where the route, timed, breaks fewest rules, then travels least. */
function leastBrokenPlace(p: Problem, k: number, route: RouteState, v: number): number {
  const stops = Array.from(route.stops.subarray(0, route.len));
  let best = { pos: route.len, broken: INF, travelSec: INF };
  for (let pos = p.frozenCount[k]; pos <= route.len; pos++) {
    const timing = timeRoute(p, k, Int32Array.from([...stops.slice(0, pos), v, ...stops.slice(pos)]));
    const broken = timing.violations.length;
    if (broken < best.broken || (broken === best.broken && timing.travelSec < best.travelSec)) {
      best = { pos, broken, travelSec: timing.travelSec };
    }
  }
  return best.pos;
}
