import { INF, legSec, travelSec, type Problem } from './problem';
import { loadCursor, type RouteState } from './route-state';
import { judge, LOAD, OK, startWithin, VISITS, WINDOW, WORKING, type TimingCode, type TimingCursor } from './timing';

/** Where and at what extra travel a visit fits best into one route. */
export interface InsertionChoice {
  /** Extra travel seconds; INF when it fits nowhere. */
  deltaSec: number;
  /** Position to insert before (0..len). */
  pos: number;
}

/** `bestInsertion`'s buffers: the extra travel per position, and the choice it writes. */
export interface InsertionScratch {
  deltas: Float64Array;
  choice: InsertionChoice;
}

/** Buffers long enough for any route plus one. */
export function createInsertionScratch(p: Problem): InsertionScratch {
  return { deltas: new Float64Array(p.visitCount + 2), choice: { deltaSec: 0, pos: -1 } };
}

/**
 * Judges route r with v inserted before position `pos`, re-walking only until the timing states
 * meet the cached ones again (from there on the route is unchanged).
 */
export function checkInsertAt(p: Problem, cursor: TimingCursor, r: RouteState, v: number, pos: number): TimingCode {
  const count = r.len + 1;
  if (count > p.maxVisits[r.officer]) return VISITS;
  if (r.load + p.demand[v] > p.capacity[r.officer]) return LOAD;
  if (pos === 0) cursor.reset(r.officer);
  else loadCursor(cursor, r, pos - 1);
  if (!cursor.step(v)) return WINDOW;
  for (let m = pos; m < r.len; m++) {
    if (!cursor.step(r.stops[m])) return WINDOW;
    if (
      cursor.leaveN === r.leaveN[m] &&
      cursor.leaveS === r.leaveS[m] &&
      cursor.leaveLin === r.leaveLin[m] &&
      cursor.leaveLout === r.leaveLout[m]
    ) {
      return judge(p, r.officer, count, r.finishN, r.finishL, r.finishS, cursor.departN(), cursor.departS());
    }
  }
  return cursor.conclude(count);
}

/**
 * O(1) necessary test for inserting v before `pos`: on the no-break path (every other path is
 * later) v can start in a window and the rest of the route can still keep its windows and shift.
 * Exact when no officer has a break or a working-time limit.
 */
export function passesWindowTest(p: Problem, r: RouteState, v: number, pos: number): boolean {
  const k = r.officer;
  if (p.twOffset[v] === p.twOffset[v + 1]) return false;
  const leave = pos === 0 ? p.shiftStartSec[k] : r.leaveN[pos - 1];
  const arrival = leave + travelSec(p, p.modeSlot[k], r.placeBefore(p, pos), v);
  if (arrival > p.twEnd[p.twOffset[v + 1] - 1]) return false;
  const end = startWithin(p, v, arrival) + p.serviceSec[v];
  return end + legSec(p, k, v, r.placeAt(p, pos)) <= r.latestAt(p, pos);
}

/** Extra travel seconds of inserting v before position `pos` of route r. */
export function insertionDelta(p: Problem, r: RouteState, v: number, pos: number): number {
  const k = r.officer;
  const a = r.placeBefore(p, pos);
  const b = r.placeAt(p, pos);
  // An empty route costs nothing today, not the direct start → end leg.
  const saved = r.len === 0 ? 0 : legSec(p, k, a, b);
  return legSec(p, k, a, v) + legSec(p, k, v, b) - saved;
}

/**
 * Cheapest feasible insertion of v into route r. Positions are tried in order of extra travel, so
 * usually only one is timed. Writes into `out` and returns its `deltaSec`.
 */
export function bestInsertion(
  p: Problem,
  cursor: TimingCursor,
  r: RouteState,
  v: number,
  deltas: Float64Array,
  out: InsertionChoice,
): number {
  out.deltaSec = INF;
  out.pos = -1;
  const n = r.len;
  if (n + 1 > p.maxVisits[r.officer] || p.twOffset[v] === p.twOffset[v + 1]) return INF;
  if (r.load + p.demand[v] > p.capacity[r.officer]) return INF;
  const first = p.frozenCount[r.officer];
  for (let pos = 0; pos < first; pos++) deltas[pos] = Infinity;
  for (let pos = first; pos <= n; pos++) {
    deltas[pos] = Infinity;
    if (!passesWindowTest(p, r, v, pos)) continue;
    deltas[pos] = insertionDelta(p, r, v, pos);
  }
  for (;;) {
    let pick = -1;
    for (let pos = 0; pos <= n; pos++) {
      if (deltas[pos] !== Infinity && (pick < 0 || deltas[pos] < deltas[pick])) pick = pos;
    }
    if (pick < 0) return INF;
    if (checkInsertAt(p, cursor, r, v, pick) === OK) {
      out.deltaSec = deltas[pick];
      out.pos = pick;
      return out.deltaSec;
    }
    deltas[pick] = Infinity;
  }
}

/** How inserting v into route r fares at best: OK, WORKING (only the working-time limit fails), or another code. */
export function insertionStatus(p: Problem, cursor: TimingCursor, r: RouteState, v: number): TimingCode {
  if (r.len + 1 > p.maxVisits[r.officer]) return VISITS;
  if (r.load + p.demand[v] > p.capacity[r.officer]) return LOAD;
  let best: TimingCode = WINDOW;
  for (let pos = p.frozenCount[r.officer]; pos <= r.len; pos++) {
    if (!passesWindowTest(p, r, v, pos)) continue;
    const code = checkInsertAt(p, cursor, r, v, pos);
    if (code === OK) return OK;
    if (code === WORKING) best = WORKING;
  }
  return best;
}
