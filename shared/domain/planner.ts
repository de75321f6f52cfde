import type { LocalDate } from './time';
import type { Officer } from './officer';
import type { Visit } from './visit';
import type { PlanLocks, PlanObjective, Route, UnassignedVisit } from './plan';
import type { PlanningRules } from './settings';
import type { DayTravel } from './sparse-travel';
import type { OutsidePriceZone } from './territory';

/**
 * Everything a planner needs for one day. Matrix indices follow `startPoint`/`endPoint`:
 * visit i is point i; officer k starts at point V + 2k and ends at V + 2k + 1.
 */
export interface PlanRequest {
  date: LocalDate;
  visits: readonly Visit[];
  officers: readonly Officer[];
  /** The full matrix, or on a large day the fetched pairs (`SparseTravel`). */
  matrix: DayTravel;
  rules: PlanningRules;
  /** Routes to start from (re-optimising or inserting into a current plan); visits not listed start unassigned. */
  startFrom?: readonly { officerId: Route['officerId']; visitIds: readonly UnassignedVisit['visitId'][] }[];
  /** What must stay as it is; needs `startFrom` for the routes it refers to. */
  locks?: PlanLocks;
  /** Defaults to least travel once as many visits as possible are placed. */
  objective?: PlanObjective;
  /**
   * Only fit the unassigned visits into `startFrom` (cheapest places, the routes otherwise kept
   * as they are): an urgent visit added to a running day.
   */
  insertOnly?: boolean;
  /** Soft territories (issue 20): what each officer pays per visit outside theirs. */
  outsidePrices?: readonly OutsidePriceZone[];
}

/** Progress a planner reports while it works; `fraction` is 0..1 of its budget. */
export interface PlanProgress {
  /** `travel`: travel times are being asked for (a road server), before the planner starts. */
  phase: 'travel' | 'construct' | 'improve';
  fraction: number;
  assigned: number;
  bestCost: number;
  /** Officers with at least one visit in the best plan so far. */
  officersUsed?: number;
  /** Travel seconds of the best plan so far. */
  travelSec?: number;
  /** Metres of the best plan so far. */
  distanceM?: number;
}

export interface PlanOptions {
  seed: number;
  /** Stop improving once `now() >= atMs`; the clock is injected so planners stay pure. */
  deadline?: { now: () => number; atMs: number };
  maxIterations?: number;
  onProgress?: (progress: PlanProgress) => void;
  /** Polled between steps; when it returns true the planner returns its best plan so far. */
  isCancelled?: () => boolean;
}

/** Every visit of the request ends in exactly one route or in `unassigned`. */
export interface PlanResult {
  routes: Route[];
  unassigned: UnassignedVisit[];
  /**
   * The planner's own objective value for this plan (lower is better): the one measure by which
   * two plans of the same request from the same planner are compared. Absent for hand-made plans.
   */
  cost?: number;
}

/** A replaceable planning engine. */
export interface Planner {
  readonly name: string;
  plan(request: PlanRequest, options: PlanOptions): PlanResult;
}
