/**
 * The solver's own view of a day: flat typed arrays, integer seconds, no domain objects.
 * Only `adapter.ts` builds it from (and maps results back to) visits and officers.
 */

import type { OutsidePrices } from './outside-prices';
import type { SparseLegs } from './sparse-legs';

/** "Impossible" time or cost; large enough never to be a real second of the day, small enough to add to. */
export const INF = 0x3fffffff;

/** Why a visit stayed out of every route; the same words as the domain's `UnassignedReason`. */
export type ReasonCode =
  | 'not_approved'
  | 'no_skilled_officer'
  | 'outside_permitted_hours'
  | 'outside_all_shifts'
  | 'window_unreachable'
  | 'too_frequent'
  | 'max_visits_reached'
  | 'max_working_time_reached'
  | 'capacity'
  | 'no_officers';

/**
 * One planning day. Visit i is matrix point i; officer k starts at `startPlace[k]` and ends at
 * `endPlace[k]` (matrix points too). Only officers who may work are included.
 */
export interface Problem {
  /** V, the number of visits (plannable or not). */
  visitCount: number;
  /** K, the number of active officers. */
  officerCount: number;
  /** Side of the travel matrices. */
  size: number;
  /** Travel seconds per mode slot, row-major `size × size`; officer k uses `durations[modeSlot[k]]`. Empty on a large day. */
  durations: Int32Array[];
  /** Road metres between points, row-major `size × size` (shared by all modes). Empty on a large day. */
  distanceM: Int32Array;
  /** A large day's travel instead of the matrices: fetched pairs and estimates (read through `travelSec`/`travelM`). */
  sparse?: SparseLegs;

  /** Time on site per visit, seconds. */
  serviceSec: Int32Array;
  /** 1 (lowest) … 5 (highest) per visit. */
  priority: Int32Array;
  /** CSR windows: visit v may START in `[twStart[w], twEnd[w]]` for `twOffset[v] ≤ w < twOffset[v+1]`;
   *  already clipped to the permitted hours, sorted by start. */
  twOffset: Int32Array;
  twStart: Int32Array;
  twEnd: Int32Array;
  /** 32-bit words per skill mask. */
  skillWords: number;
  /** Required skills per visit, `skillWords` words each. */
  visitSkills: Uint32Array;
  /** 1 when the visit's status allows planning (approved or planned). */
  isApproved: Uint8Array;
  /** Customer number per visit (dense 0..C-1), for the visits-per-customer limit. */
  customer: Int32Array;
  maxPerCustomer: number;
  /** Earliest original window start per visit; tie-break for the per-customer limit. */
  firstWindowSec: Int32Array;
  /** Rank of the visit's id in sorted order; last tie-break, so results never depend on input order. */
  idRank: Int32Array;
  /** Permitted visiting hours, seconds since midnight (kept for messages). */
  permittedStartSec: number;
  permittedEndSec: number;

  startPlace: Int32Array;
  endPlace: Int32Array;
  /** 1 for an open end: the day finishes at the end of the last visit. */
  isOpenEnd: Uint8Array;
  shiftStartSec: Int32Array;
  shiftEndSec: Int32Array;
  /** 1 when the officer has a break; one break per officer is modelled. */
  hasBreak: Uint8Array;
  breakEarliestSec: Int32Array;
  breakLatestSec: Int32Array;
  breakDurationSec: Int32Array;
  maxVisits: Int32Array;
  maxWorkingSec: Int32Array;
  /** Skills valid on the plan's date, `skillWords` words per officer. */
  officerSkills: Uint32Array;
  modeSlot: Int32Array;
  /** Skill name of each bit, for messages. */
  skillNames: string[];

  /** Load each visit adds to its route (1 per visit for field visits; goods for benchmark instances). */
  demand: Int32Array;
  /** Most load an officer's route may carry (INF: no limit beyond `maxVisits`). */
  capacity: Int32Array;

  /** Locks. Officer a visit is pinned to, or −1. */
  pinnedTo: Int32Array;
  /** Per officer: leading stops of the starting route that stay where they are (stops already done). */
  frozenCount: Int32Array;
  /** Per officer: 1 when the route's order is fixed (nothing added, removed or moved). */
  isClosed: Uint8Array;
  /** Routes to start from, per officer (empty arrays when starting afresh). */
  startRoutes: Int32Array[];
  /** Officer each visit had in `startRoutes`, or −1; the re-optimiser pays for moving visits away. */
  startOfficer: Int32Array;
  /** Soft territories (issue 20): the price of each visit outside each officer's; absent when none. */
  outsidePrices?: OutsidePrices;
}

/** Lock-free defaults for the lock fields of a problem with V visits and K officers. */
export function noLocks(V: number, K: number): Pick<Problem, 'pinnedTo' | 'frozenCount' | 'isClosed' | 'startRoutes' | 'startOfficer'> {
  return {
    pinnedTo: new Int32Array(V).fill(-1),
    frozenCount: new Int32Array(K),
    isClosed: new Uint8Array(K),
    startRoutes: Array.from({ length: K }, () => new Int32Array(0)),
    startOfficer: new Int32Array(V).fill(-1),
  };
}

/** True when officer k holds every skill visit v requires. */
export function canServe(p: Problem, v: number, k: number): boolean {
  const w = p.skillWords;
  for (let i = 0; i < w; i++) {
    if ((p.visitSkills[v * w + i] & ~p.officerSkills[k * w + i]) !== 0) return false;
  }
  return true;
}

/** Skill compatibility for every (visit, officer) pair, row-major `V × K`. */
export function serveTable(p: Problem): Uint8Array {
  const table = new Uint8Array(p.visitCount * p.officerCount);
  for (let v = 0; v < p.visitCount; v++) {
    for (let k = 0; k < p.officerCount; k++) table[v * p.officerCount + k] = canServe(p, v, k) ? 1 : 0;
  }
  return table;
}

/** Travel seconds on mode slot `slot` from place a to place b (no open-end rule): every travel lookup goes through here. */
export function travelSec(p: Problem, slot: number, a: number, b: number): number {
  const sparse = p.sparse;
  return sparse === undefined ? p.durations[slot][a * p.size + b] : sparse.sec(slot, a, b);
}

/** Metres from place a to place b (no open-end rule). */
export function travelM(p: Problem, a: number, b: number): number {
  const sparse = p.sparse;
  return sparse === undefined ? p.distanceM[a * p.size + b] : sparse.metres(a, b);
}

/**
 * Mode slot `slot`'s full matrix, or null on a large day. The solver's innermost loops take it once
 * and index it directly (`dense[a * size + b]`), calling `travelSec` only when it is null: a lookup
 * per leg through `travelSec` alone measured about 15 % slower on ordinary days.
 */
export function denseSec(p: Problem, slot: number): Int32Array | null {
  return p.sparse === undefined ? p.durations[slot] : null;
}

/** True when the problem has any travel times to measure with (a large day's, or a matrix). */
export function hasTravel(p: Problem): boolean {
  return p.sparse !== undefined || p.durations.length > 0;
}

/** Metres for officer k from place a to place b; arriving at an open end is free. */
export function legDistanceM(p: Problem, k: number, a: number, b: number): number {
  if (p.isOpenEnd[k] === 1 && b === p.endPlace[k]) return 0;
  return travelM(p, a, b);
}

/** Travel seconds for officer k from place a to place b; arriving at an open end is free. */
export function legSec(p: Problem, k: number, a: number, b: number): number {
  if (p.isOpenEnd[k] === 1 && b === p.endPlace[k]) return 0;
  return travelSec(p, p.modeSlot[k], a, b);
}
