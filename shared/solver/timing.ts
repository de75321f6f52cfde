import { denseSec, INF, travelSec, type Problem } from './problem';

/**
 * Route timing as a forward pass with three running states, each "the earliest time the officer
 * can leave the current place":
 *  - N: no break taken yet;
 *  - S: break taken at the start place, before the first travel (afterStop −1);
 *  - L: break taken in some gap after a visit (the best such gap so far).
 * Leaving earlier never hurts later stops (waiting is allowed), so keeping the earliest time per
 * state decides feasibility exactly in O(stops), break placement included.
 */

/** Result of judging a route: 0 feasible, else the first rule it breaks. */
export type TimingCode = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** Feasible. */
export const OK = 0;
/** A visit cannot start inside any of its windows. */
export const WINDOW = 1;
/** The officer reaches the end place after the shift ends. */
export const SHIFT = 2;
/** A break is needed but fits in no gap within its window (and the shift). */
export const BREAK = 3;
/** Timing works but the day is longer than `maxWorkingSec`. */
export const WORKING = 4;
/** Timing works but there are more stops than `maxVisits`. */
export const VISITS = 5;
/** Timing works but the route's load is over the officer's capacity. */
export const LOAD = 6;

/** Earliest start of visit v at or after `arrivalSec` inside one of its windows, or INF. */
export function startWithin(p: Problem, v: number, arrivalSec: number): number {
  const end = p.twOffset[v + 1];
  for (let w = p.twOffset[v]; w < end; w++) {
    if (p.twEnd[w] >= arrivalSec) return arrivalSec > p.twStart[w] ? arrivalSec : p.twStart[w];
  }
  return INF;
}

/** Latest start of visit v at or before `limitSec` inside one of its windows, or −INF. */
export function latestStartWithin(p: Problem, v: number, limitSec: number): number {
  for (let w = p.twOffset[v + 1] - 1; w >= p.twOffset[v]; w--) {
    if (p.twStart[w] <= limitSec) return limitSec < p.twEnd[w] ? limitSec : p.twEnd[w];
  }
  return -INF;
}

/** End of visit v when leaving the previous place at `leaveSec` with `travelSec` on the way, or INF. */
export function advance(p: Problem, v: number, leaveSec: number, travelSec: number): number {
  if (leaveSec >= INF) return INF;
  const start = startWithin(p, v, leaveSec + travelSec);
  return start >= INF ? INF : start + p.serviceSec[v];
}

/** End of officer k's break when it is taken as soon as possible after `freeSec`, or INF. */
export function breakEnd(p: Problem, k: number, freeSec: number): number {
  if (p.hasBreak[k] === 0 || freeSec >= INF) return INF;
  const startSec = freeSec > p.breakEarliestSec[k] ? freeSec : p.breakEarliestSec[k];
  return startSec > p.breakLatestSec[k] ? INF : startSec + p.breakDurationSec[k];
}

/** Day start when the break is taken at the start place: as late as the first start allows. */
export function departWithStartBreak(p: Problem, k: number, firstStartSec: number, firstTravelSec: number): number {
  if (firstStartSec >= INF) return INF;
  const latest = firstStartSec - firstTravelSec - p.breakDurationSec[k];
  return latest < p.breakLatestSec[k] ? latest : p.breakLatestSec[k];
}

/**
 * Judges a route from its final states. `finishN/L/S` are arrival times at the end place per state,
 * `departN/S` the day's start for the no-break/gap-break paths and the start-break path.
 */
export function judge(
  p: Problem,
  k: number,
  count: number,
  finishN: number,
  finishL: number,
  finishS: number,
  departN: number,
  departS: number,
): TimingCode {
  if (count === 0) return OK;
  if (finishN >= INF) return WINDOW;
  const shiftEnd = p.shiftEndSec[k];
  if (finishN > shiftEnd) return SHIFT;
  // Timing rules first, limits after: explain.ts relies on VISITS/WORKING meaning "timing works".
  const workingSec = workingOf(p, k, finishN, finishL, finishS, departN, departS);
  if (workingSec >= INF) return BREAK;
  if (count > p.maxVisits[k]) return VISITS;
  return workingSec <= p.maxWorkingSec[k] ? OK : WORKING;
}

/** Working seconds of a timed route: the shortest day over the break placements that fit the shift (INF when none). */
export function workingOf(
  p: Problem,
  k: number,
  finishN: number,
  finishL: number,
  finishS: number,
  departN: number,
  departS: number,
): number {
  if (finishN >= INF) return INF;
  if (p.hasBreak[k] === 0 || finishN <= p.breakEarliestSec[k]) return finishN - departN;
  const shiftEnd = p.shiftEndSec[k];
  let workingSec = INF;
  if (finishL <= shiftEnd) workingSec = finishL - departN;
  if (finishS <= shiftEnd && finishS - departS < workingSec) workingSec = finishS - departS;
  return workingSec;
}

/** True when no officer has a break or a working-time limit shorter than the shift. */
function isSimpleTiming(p: Problem): boolean {
  for (let k = 0; k < p.officerCount; k++) {
    if (p.hasBreak[k] === 1) return false;
    if (p.maxWorkingSec[k] < p.shiftEndSec[k] - p.shiftStartSec[k]) return false;
  }
  return true;
}

/** Walks a route stop by stop for one officer; reused across evaluations to avoid allocation. */
export class TimingCursor {
  k = 0;
  leaveN = 0;
  leaveS = INF;
  /** Leave time with the break taken in a gap before the current visit. */
  leaveLin = INF;
  /** Same, but the gap right after the current visit may be used too. */
  leaveLout = INF;
  prev = 0;
  count = 0;
  firstTravelSec = 0;
  firstStartN = INF;
  firstStartS = INF;
  travelSec = 0;
  finishN = INF;
  finishL = INF;
  finishS = INF;
  /** Sum of the visits' demand so far. */
  load = 0;
  /** Working seconds of the judged route (departure to finish, on the path `conclude` chose). */
  workingSec = 0;
  /**
   * True when no officer has a break or a working-time limit: then only the no-break state exists,
   * routes are timed by the one-state pass (`RouteState.refresh`), and the O(1) window test of an
   * insertion is exact, so no route needs re-walking.
   */
  readonly simple: boolean;
  /** Mode slot of the officer being walked, and its full matrix (null on a large day). */
  private slot = 0;
  private dense: Int32Array | null = null;

  constructor(private readonly p: Problem) {
    this.simple = isSimpleTiming(p);
  }

  /** The problem this cursor walks. */
  get problem(): Problem {
    return this.p;
  }

  /** Starts officer k's day at the start place at shift start. */
  reset(k: number): void {
    const p = this.p;
    this.k = k;
    this.slot = p.modeSlot[k];
    this.dense = denseSec(p, this.slot);
    this.leaveN = p.shiftStartSec[k];
    this.leaveS = breakEnd(p, k, this.leaveN);
    this.leaveLin = INF;
    this.leaveLout = INF;
    this.prev = p.startPlace[k];
    this.count = 0;
    this.firstTravelSec = 0;
    this.firstStartN = INF;
    this.firstStartS = INF;
    this.travelSec = 0;
    this.load = 0;
    this.workingSec = 0;
  }

  /** Visits v next; returns false when v (and so the whole route) becomes infeasible. */
  step(v: number): boolean {
    const p = this.p;
    const dense = this.dense;
    const d = dense !== null ? dense[this.prev * p.size + v] : travelSec(p, this.slot, this.prev, v);
    const endN = advance(p, v, this.leaveN, d);
    const endS = advance(p, v, this.leaveS, d);
    if (this.count === 0) {
      this.firstTravelSec = d;
      this.firstStartN = endN >= INF ? INF : endN - p.serviceSec[v];
      this.firstStartS = endS >= INF ? INF : endS - p.serviceSec[v];
    }
    const lin = advance(p, v, this.leaveLout, d);
    const gap = breakEnd(p, this.k, endN);
    this.leaveLin = lin;
    this.leaveLout = gap < lin ? gap : lin;
    this.leaveN = endN;
    this.leaveS = endS;
    this.prev = v;
    this.count++;
    this.travelSec += d;
    this.load += p.demand[v];
    return endN < INF;
  }

  /** Adds the way to the end place and judges the route (`count` overrides the stop count). */
  conclude(count = this.count): TimingCode {
    const p = this.p;
    const k = this.k;
    if (this.count === 0) {
      this.finishN = this.finishL = this.finishS = p.shiftStartSec[k];
      return OK;
    }
    const dense = this.dense;
    const ret =
      p.isOpenEnd[k] === 1
        ? 0
        : dense !== null
          ? dense[this.prev * p.size + p.endPlace[k]]
          : travelSec(p, this.slot, this.prev, p.endPlace[k]);
    this.travelSec += ret;
    this.finishN = this.leaveN >= INF ? INF : this.leaveN + ret;
    // An open end finishes at the end of the last visit, so no break after it.
    const leaveL = p.isOpenEnd[k] === 1 ? this.leaveLin : this.leaveLout;
    this.finishL = leaveL >= INF ? INF : leaveL + ret;
    this.finishS = this.leaveS >= INF ? INF : this.leaveS + ret;
    this.workingSec = workingOf(p, k, this.finishN, this.finishL, this.finishS, this.departN(), this.departS());
    if (this.load > p.capacity[k]) return LOAD;
    return judge(p, k, count, this.finishN, this.finishL, this.finishS, this.departN(), this.departS());
  }

  /** Day start on the no-break and gap-break paths: leave just in time for the first visit. */
  departN(): number {
    return this.firstStartN >= INF ? INF : this.firstStartN - this.firstTravelSec;
  }

  /** Day start on the start-break path. */
  departS(): number {
    return departWithStartBreak(this.p, this.k, this.firstStartS, this.firstTravelSec);
  }
}

/** Judges officer k visiting `seq[0..len)` in order; travel seconds (with return) end in `cursor.travelSec`. */
export function evaluateSequence(cursor: TimingCursor, k: number, seq: Int32Array, len: number): TimingCode {
  cursor.reset(k);
  for (let i = 0; i < len; i++) {
    if (!cursor.step(seq[i])) return WINDOW;
  }
  return cursor.conclude();
}
