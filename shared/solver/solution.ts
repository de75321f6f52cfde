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

  constructor(private readonly p: Problem, private readonly cursor: TimingCursor) {
    this.routes = [];
    for (let k = 0; k < p.officerCount; k++) {
      const r = new RouteState(k, Math.max(0, Math.min(p.maxVisits[k], p.visitCount)));
      r.refresh(cursor);
      this.routes.push(r);
    }
    this.routeOf = new Int32Array(p.visitCount).fill(-1);
    this.posOf = new Int32Array(p.visitCount).fill(-1);
  }

  /** Inserts v into officer k's route before position `pos`. */
  insert(v: number, k: number, pos: number): void {
    const r = this.routes[k];
    r.insert(this.cursor, v, pos);
    this.routeOf[v] = k;
    this.touch(r, pos);
  }

  /** Takes v out of its route (no-op when unassigned). */
  remove(v: number): void {
    const k = this.routeOf[v];
    if (k < 0) return;
    const r = this.routes[k];
    const pos = this.posOf[v];
    r.removeAt(this.cursor, pos);
    this.routeOf[v] = -1;
    this.posOf[v] = -1;
    this.touch(r, pos);
  }

  /** Replaces officer k's stops; visits that were in the route and are not in `seq` become unassigned. */
  replace(k: number, seq: ArrayLike<number>, len: number): void {
    const r = this.routes[k];
    for (let i = 0; i < r.len; i++) {
      if (this.routeOf[r.stops[i]] === k) this.routeOf[r.stops[i]] = -1;
    }
    r.assign(this.cursor, seq, len);
    for (let i = 0; i < len; i++) this.routeOf[seq[i]] = k;
    this.touch(r, 0);
  }

  /** Replaces two routes at once (a move between them). */
  replacePair(kA: number, seqA: Int32Array, lenA: number, kB: number, seqB: Int32Array, lenB: number): void {
    const a = this.routes[kA];
    const b = this.routes[kB];
    for (let i = 0; i < a.len; i++) this.routeOf[a.stops[i]] = -1;
    for (let i = 0; i < b.len; i++) this.routeOf[b.stops[i]] = -1;
    this.replace(kA, seqA, lenA);
    this.replace(kB, seqB, lenB);
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
      for (let i = 0; i < r.len; i++) {
        this.routeOf[r.stops[i]] = -1;
        this.posOf[r.stops[i]] = -1;
      }
    }
    for (const k of changed) this.replace(k, snap[k], snap[k].length);
  }

  private touch(r: RouteState, from: number): void {
    this.changes++;
    r.stamp = this.changes;
    for (let i = from; i < r.len; i++) this.posOf[r.stops[i]] = i;
  }
}

function sameStops(r: RouteState, stops: Int32Array): boolean {
  if (r.len !== stops.length) return false;
  for (let i = 0; i < stops.length; i++) if (r.stops[i] !== stops[i]) return false;
  return true;
}
