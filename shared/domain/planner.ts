import type { LocalDate } from './time';
import type { Officer } from './officer';
import type { Visit } from './visit';
import type { PlanLocks, PlanObjective, Route, UnassignedVisit } from './plan';
import type { PlanningRules } from './settings';
import type { TravelMatrix } from './travel';

/**
 * Everything a planner needs for one day. Matrix indices follow `startPoint`/`endPoint`:
 * visit i is point i; officer k starts at point V + 2k and ends at V + 2k + 1.
 */
export interface PlanRequest {
  date: LocalDate;
  visits: readonly Visit[];
  officers: readonly Officer[];
  matrix: TravelMatrix;
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
}

/** Progress a planner reports while it works; `fraction` is 0..1 of its budget. */
export interface PlanProgress {
  phase: 'construct' | 'improve';
  fraction: number;
  assigned: number;
  bestCost: number;
  /** Officers with at least one visit in the best plan so far. */
  officersUsed?: number;
  /** Travel seconds of the best plan so far. */
  travelSec?: number;
}

export interface PlanOptions {
  seed: number;
  /** Stop improving once `now() >= atMs`; the clock is injected so planners stay pure. */
  deadline?: { now: () => number; atMs: number };
  maxIterations?: number;
  onProgress?: (progress: PlanProgress) => void;
  /** Polled between steps; when it returns true the planner returns its best plan so far. */
  isCancelled?: () => boolean;
  /** Searches of the same request side by side (worker threads) trade best plans through this. */
  exchange?: PlanExchange;
}

/**
 * Cooperation between searches of the same request running side by side, each with its own seed:
 * at fixed fractions of the budget each hands over its best plan, and all go on from the best of
 * them. Plans are in the planner's own encoding (per officer, visit indices in order), the same in
 * every search of one request. Trading at budget fractions rather than on a timer keeps a run with
 * an iteration budget reproducible: every search reaches each trade after the same rounds.
 */
export interface PlanExchange {
  /** Fractions of the whole budget, ascending, at which plans are traded. */
  readonly at: readonly number[];
  /**
   * Hands over this search's best plan (its cost and routes) and waits for the others' (or for
   * them to stop). Returns the best plan handed over when another search's is strictly better, or
   * null when this search's own is the best (ties go to the lower-numbered search, so all agree).
   */
  trade(cost: number, routes: Int32Array[]): Int32Array[] | null;
  /**
   * Present when the searches split a large day between them: each searches only its share of
   * the officers and visits between trades, and at a trade the shares are put back together.
   * `index` is this search's number of `searches`; `share` hands over this search's best plan
   * and returns every search's, by number (null for a search that stopped without handing one over).
   */
  readonly split?: {
    index: number;
    searches: number;
    share(cost: number, routes: Int32Array[]): (HandedPlan | null)[];
  };
}

/** A plan one search handed over at a trade. */
export interface HandedPlan {
  cost: number;
  routes: Int32Array[];
}

/** Every visit of the request ends in exactly one route or in `unassigned`. */
export interface PlanResult {
  routes: Route[];
  unassigned: UnassignedVisit[];
}

/** A replaceable planning engine. */
export interface Planner {
  readonly name: string;
  plan(request: PlanRequest, options: PlanOptions): PlanResult;
}
