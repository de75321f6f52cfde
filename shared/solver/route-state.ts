import { denseSec, INF, travelSec, type Problem } from './problem';
import { judge, LOAD, latestStartWithin, OK, startWithin, type TimingCode, type TimingCursor } from './timing';

/**
 * One officer's route in the search, with the timing states after every stop cached so that an
 * insertion only re-walks the part of the route it changes.
 */
export class RouteState {
  readonly stops: Int32Array;
  len = 0;
  /** Leave times after stop i per timing state (see timing.ts). */
  readonly leaveN: Int32Array;
  readonly leaveS: Int32Array;
  readonly leaveLin: Int32Array;
  readonly leaveLout: Int32Array;
  /**
   * Latest arrival at stop i that keeps stops i.. and the return within windows and shift, breaks
   * and limits ignored: a necessary condition that rejects most insertions in O(1).
   */
  readonly latestArrival: Int32Array;
  /** Load carried after stop i (demand of stops 0..i). */
  readonly loadAfter: Int32Array;
  firstTravelSec = 0;
  firstStartN = INF;
  firstStartS = INF;
  finishN = 0;
  finishL = 0;
  finishS = 0;
  /** Travel seconds of the whole route, the return leg included. */
  travelSec = 0;
  /** Sum of the stops' demand. */
  load = 0;
  /** Working seconds (departure to finish), INF when the route is infeasible. */
  workingSec = 0;
  code: TimingCode = 0;
  /** Value of the search's change counter when this route last changed. */
  stamp = 0;

  /** `capacity` bounds the stops this route can ever hold (the officer's visit limit). */
  constructor(
    readonly officer: number,
    capacity: number,
  ) {
    this.stops = new Int32Array(capacity + 1);
    this.leaveN = new Int32Array(capacity + 1);
    this.leaveS = new Int32Array(capacity + 1);
    this.leaveLin = new Int32Array(capacity + 1);
    this.leaveLout = new Int32Array(capacity + 1);
    this.latestArrival = new Int32Array(capacity + 1);
    this.loadAfter = new Int32Array(capacity + 1);
  }

  /** Replaces the stops with `seq[0..len)` and re-times the route. */
  assign(cursor: TimingCursor, seq: ArrayLike<number>, len: number): void {
    for (let i = 0; i < len; i++) this.stops[i] = seq[i];
    this.len = len;
    this.refresh(cursor);
  }

  /** Inserts v before position `pos` (0..len) and re-times the route. */
  insert(cursor: TimingCursor, v: number, pos: number): void {
    this.stops.copyWithin(pos + 1, pos, this.len);
    this.stops[pos] = v;
    this.len++;
    this.refresh(cursor);
  }

  /** Removes the stop at `pos` and re-times the route. */
  removeAt(cursor: TimingCursor, pos: number): void {
    this.stops.copyWithin(pos, pos + 1, this.len);
    this.len--;
    this.refresh(cursor);
  }

  /** Recomputes the cached states from scratch (O(stops)). */
  refresh(cursor: TimingCursor): void {
    this.refreshLatest(cursor.problem);
    if (cursor.simple) {
      this.refreshSimple(cursor.problem);
      return;
    }
    cursor.reset(this.officer);
    for (let i = 0; i < this.len; i++) {
      cursor.step(this.stops[i]);
      this.leaveN[i] = cursor.leaveN;
      this.leaveS[i] = cursor.leaveS;
      this.leaveLin[i] = cursor.leaveLin;
      this.leaveLout[i] = cursor.leaveLout;
      this.loadAfter[i] = cursor.load;
    }
    this.code = cursor.conclude();
    this.firstTravelSec = cursor.firstTravelSec;
    this.firstStartN = cursor.firstStartN;
    this.firstStartS = cursor.firstStartS;
    this.finishN = cursor.finishN;
    this.finishL = cursor.finishL;
    this.finishS = cursor.finishS;
    this.travelSec = cursor.travelSec;
    this.load = cursor.load;
    this.workingSec = cursor.workingSec;
  }

  /**
   * `refresh` when no officer has a break or a working-time limit: the cursor's no-break state
   * alone, the break states staying INF as the cursor would leave them (about a fifth of a
   * benchmark solve was spent re-timing routes through all three states).
   */
  private refreshSimple(p: Problem): void {
    const k = this.officer;
    const slot = p.modeSlot[k];
    const dense = denseSec(p, slot);
    const size = p.size;
    let leave = p.shiftStartSec[k];
    let prev = p.startPlace[k];
    let travel = 0;
    let load = 0;
    this.firstTravelSec = 0;
    this.firstStartN = INF;
    this.firstStartS = INF;
    for (let i = 0; i < this.len; i++) {
      const v = this.stops[i];
      const d = dense !== null ? dense[prev * size + v] : travelSec(p, slot, prev, v);
      const start = leave >= INF ? INF : startWithin(p, v, leave + d);
      if (i === 0) {
        this.firstTravelSec = d;
        this.firstStartN = start;
      }
      leave = start >= INF ? INF : start + p.serviceSec[v];
      travel += d;
      load += p.demand[v];
      this.leaveN[i] = leave;
      this.leaveS[i] = INF;
      this.leaveLin[i] = INF;
      this.leaveLout[i] = INF;
      this.loadAfter[i] = load;
      prev = v;
    }
    this.finishL = INF;
    this.finishS = INF;
    this.load = load;
    if (this.len === 0) {
      this.finishN = this.finishL = this.finishS = p.shiftStartSec[k];
      this.travelSec = 0;
      this.workingSec = 0;
      this.code = OK;
      return;
    }
    const ret = p.isOpenEnd[k] === 1 ? 0 : travelSec(p, slot, prev, p.endPlace[k]);
    this.travelSec = travel + ret;
    this.finishN = leave >= INF ? INF : leave + ret;
    const depart = this.firstStartN >= INF ? INF : this.firstStartN - this.firstTravelSec;
    this.workingSec = this.finishN >= INF ? INF : this.finishN - depart;
    this.code = load > p.capacity[k] ? LOAD : judge(p, k, this.len, this.finishN, INF, INF, depart, INF);
  }

  /** Latest arrival allowed at position `pos` (the end place when `pos === len`). */
  latestAt(p: Problem, pos: number): number {
    return pos >= this.len ? p.shiftEndSec[this.officer] : this.latestArrival[pos];
  }

  private refreshLatest(p: Problem): void {
    const k = this.officer;
    const slot = p.modeSlot[k];
    const dense = denseSec(p, slot);
    let latest = p.shiftEndSec[k];
    let next = p.endPlace[k];
    for (let i = this.len - 1; i >= 0; i--) {
      const v = this.stops[i];
      // Arriving at an open end is free (as in `legSec`).
      const leg = i === this.len - 1 && p.isOpenEnd[k] === 1 ? 0 : dense !== null ? dense[v * p.size + next] : travelSec(p, slot, v, next);
      latest = latestStartWithin(p, v, latest - leg - p.serviceSec[v]);
      this.latestArrival[i] = latest;
      next = v;
    }
  }

  /** Place (matrix point) before position `pos`: the start place for 0. */
  placeBefore(p: Problem, pos: number): number {
    return pos === 0 ? p.startPlace[this.officer] : this.stops[pos - 1];
  }

  /** Place at position `pos`: the end place for `pos === len`. */
  placeAt(p: Problem, pos: number): number {
    return pos >= this.len ? p.endPlace[this.officer] : this.stops[pos];
  }
}

/** Loads the cursor with route r's state after its stop at `pos` (r must have been refreshed). */
export function loadCursor(cursor: TimingCursor, r: RouteState, pos: number): void {
  cursor.reset(r.officer);
  cursor.leaveN = r.leaveN[pos];
  cursor.leaveS = r.leaveS[pos];
  cursor.leaveLin = r.leaveLin[pos];
  cursor.leaveLout = r.leaveLout[pos];
  cursor.prev = r.stops[pos];
  cursor.count = pos + 1;
  cursor.firstTravelSec = r.firstTravelSec;
  cursor.firstStartN = r.firstStartN;
  cursor.firstStartS = r.firstStartS;
  cursor.load = r.loadAfter[pos];
}
