import { type Problem } from './problem';
import { RouteState } from './route-state';
import { type TimingCursor } from './timing';

/** A saved assignment: the stops of every officer's route, in officer order. */
export type Snapshot = Int32Array[];

/** The routes being searched, plus where each visit sits (route −1: unassigned). */
export class Solution {
  readonly routes: RouteState[];
  readonly routeOf: Int32Array;
  readonly posOf: Int32Array;
  /** Counts applied changes; routes carry the count of their last change (`RouteState.stamp`). */
  changes = 1;
  /** Sum of `penalty[v]` over visits that are in no route (kept up to date on every change). */
  missingPenalty = 0;
  /** Visits with a penalty (plannable candidates) that are in no route. */
  missingCount = 0;
  /** Officers whose route has at least one stop. */
  usedRoutes = 0;
  private readonly used: Uint8Array;
  /** Penalty for leaving each visit out (0 for visits that cannot be planned at all). */
  readonly penalty: Float64Array;
  /** Trial bookkeeping: routes changed since `beginTrial`, with their stops as they were. */
  private trialOpen = false;
  private readonly backedUp: Uint8Array;
  private readonly backups: Int32Array[];
  private readonly backupLen: Int32Array;
  private readonly touched: number[] = [];

  constructor(
    private readonly p: Problem,
    private readonly cursor: TimingCursor,
  ) {
    this.routes = [];
    for (let k = 0; k < p.officerCount; k++) {
      const r = new RouteState(k, Math.max(0, Math.min(p.maxVisits[k], p.visitCount)));
      r.refresh(cursor);
      this.routes.push(r);
    }
    this.routeOf = new Int32Array(p.visitCount).fill(-1);
    this.posOf = new Int32Array(p.visitCount).fill(-1);
    this.penalty = new Float64Array(p.visitCount);
    this.backedUp = new Uint8Array(p.officerCount);
    this.used = new Uint8Array(p.officerCount);
    this.backups = this.routes.map((r) => new Int32Array(r.stops.length));
    this.backupLen = new Int32Array(p.officerCount);
  }

  /** Sets the price of leaving each visit out; call before any visit is placed. */
  setPenalties(penalty: ArrayLike<number>): void {
    this.missingPenalty = 0;
    this.missingCount = 0;
    for (let v = 0; v < this.penalty.length; v++) {
      this.penalty[v] = penalty[v];
      if (this.routeOf[v] >= 0) continue;
      this.missingPenalty += penalty[v];
      if (penalty[v] > 0) this.missingCount++;
    }
  }

  /** Starts recording changes so that `rollback` can undo them all. */
  beginTrial(): void {
    this.endTrial();
    this.trialOpen = true;
  }

  /** Keeps the changes made since `beginTrial`. */
  endTrial(): void {
    for (const k of this.touched) this.backedUp[k] = 0;
    this.touched.length = 0;
    this.trialOpen = false;
  }

  /** Routes changed since `beginTrial`. */
  touchedRoutes(): readonly number[] {
    return this.touched;
  }

  /** Puts every route changed since `beginTrial` back as it was, and ends the trial. */
  rollback(): void {
    this.trialOpen = false;
    for (const k of this.touched) {
      const r = this.routes[k];
      for (let i = 0; i < r.len; i++) this.setRoute(r.stops[i], -1);
    }
    for (const k of this.touched) {
      const n = this.backupLen[k];
      const r = this.routes[k];
      r.assign(this.cursor, this.backups[k], n);
      for (let i = 0; i < n; i++) this.setRoute(r.stops[i], k);
      this.touch(r, 0);
    }
    this.endTrial();
  }

  private backup(k: number): void {
    if (!this.trialOpen || this.backedUp[k] === 1) return;
    const r = this.routes[k];
    this.backups[k].set(r.stops.subarray(0, r.len));
    this.backupLen[k] = r.len;
    this.backedUp[k] = 1;
    this.touched.push(k);
  }

  /** The one place a visit's route changes, so the missing penalty stays exact. */
  private setRoute(v: number, k: number): void {
    const was = this.routeOf[v];
    const counts = this.penalty[v] > 0 ? 1 : 0;
    if (was < 0 && k >= 0) {
      this.missingPenalty -= this.penalty[v];
      this.missingCount -= counts;
    } else if (was >= 0 && k < 0) {
      this.missingPenalty += this.penalty[v];
      this.missingCount += counts;
      this.posOf[v] = -1;
    }
    this.routeOf[v] = k;
  }

  /** Inserts v into officer k's route before position `pos`. */
  insert(v: number, k: number, pos: number): void {
    this.backup(k);
    const r = this.routes[k];
    r.insert(this.cursor, v, pos);
    this.setRoute(v, k);
    this.touch(r, pos);
  }

  /** Takes v out of its route (no-op when unassigned). */
  remove(v: number): void {
    const k = this.routeOf[v];
    if (k < 0) return;
    this.backup(k);
    const r = this.routes[k];
    const pos = this.posOf[v];
    r.removeAt(this.cursor, pos);
    this.setRoute(v, -1);
    this.touch(r, pos);
  }

  /** Replaces officer k's stops; visits that were in the route and are not in `seq` become unassigned. */
  replace(k: number, seq: ArrayLike<number>, len: number): void {
    this.backup(k);
    const r = this.routes[k];
    for (let i = 0; i < r.len; i++) {
      if (this.routeOf[r.stops[i]] === k) this.setRoute(r.stops[i], -1);
    }
    r.assign(this.cursor, seq, len);
    for (let i = 0; i < len; i++) this.setRoute(seq[i], k);
    this.touch(r, 0);
  }

  /** Total travel seconds over all routes. */
  travelSec(): number {
    let sum = 0;
    for (const r of this.routes) sum += r.travelSec;
    return sum;
  }

  /** Number of visits in routes. */
  assignedCount(): number {
    let sum = 0;
    for (const r of this.routes) sum += r.len;
    return sum;
  }

  /** Copies the current routes. */
  snapshot(): Snapshot {
    return this.routes.map((r) => r.stops.slice(0, r.len));
  }

  /** Restores routes saved by `snapshot`; routes that already match keep their stamps. */
  restore(snap: Snapshot): void {
    const changed: number[] = [];
    for (let k = 0; k < snap.length; k++) if (!sameStops(this.routes[k], snap[k])) changed.push(k);
    // Clear first: a visit may move from a route restored later into one restored earlier.
    for (const k of changed) {
      const r = this.routes[k];
      this.backup(k);
      for (let i = 0; i < r.len; i++) this.setRoute(r.stops[i], -1);
    }
    for (const k of changed) this.replace(k, snap[k], snap[k].length);
  }

  private touch(r: RouteState, from: number): void {
    this.changes++;
    r.stamp = this.changes;
    const used = r.len > 0 ? 1 : 0;
    if (used !== this.used[r.officer]) {
      this.used[r.officer] = used;
      this.usedRoutes += used === 1 ? 1 : -1;
    }
    for (let i = from; i < r.len; i++) this.posOf[r.stops[i]] = i;
  }
}

function sameStops(r: RouteState, stops: Int32Array): boolean {
  if (r.len !== stops.length) return false;
  for (let i = 0; i < stops.length; i++) if (r.stops[i] !== stops[i]) return false;
  return true;
}
