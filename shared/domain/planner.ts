import type { LocalDate } from './time';
import type { Officer } from './officer';
import type { Visit } from './visit';
import type { Route, UnassignedVisit } from './plan';
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
}

/** Progress a planner reports while it works; `fraction` is 0..1 of its budget. */
export interface PlanProgress {
  phase: 'construct' | 'improve';
  fraction: number;
  assigned: number;
  bestCost: number;
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
}

/** A replaceable planning engine. */
export interface Planner {
  readonly name: string;
  plan(request: PlanRequest, options: PlanOptions): PlanResult;
}
