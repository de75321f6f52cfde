import { budgetClock } from './clock';
import { regretInsert } from './construct';
import { createContext, type SearchContext } from './context';
import { tradeSchedule, type PlanExchange } from './exchange';
import { explainAll, type UnassignedInfo } from './explain';
import { eliminateRoutes } from './fleet';
import { CostModel, LEAST_TRAVEL, missingPenalties, type Objective } from './objective';
import { legDistanceM, type Problem } from './problem';
import { recreate } from './recreate';
import { insertUnassigned } from './repair';
import { search } from './search';
import { OK } from './timing';

/** Search rounds when neither `maxIterations` nor a deadline is given. */
export const DEFAULT_MAX_ITERATIONS = 2000;
/** Share of the budget route elimination may use before distance is optimised. */
const FLEET_SHARE = 0.5;

/** Progress while solving; `fraction` is 0..1 of the whole budget. */
export interface SolveProgress {
  phase: 'construct' | 'improve';
  fraction: number;
  assigned: number;
  bestCost: number;
  officersUsed: number;
  travelSec: number;
  /** Metres of the best plan so far: what the dispatcher reads as kilometres. */
  distanceM: number;
}

/** Seed, objective and stopping rules. With `maxIterations` the result depends only on the input and seed. */
export interface SolveOptions {
  seed: number;
  /** Search rounds; when given, the deadline is ignored so that results are reproducible. */
  maxIterations?: number;
  /** Improve until `now() ≥ atMs` (milliseconds on the injected clock). */
  deadline?: { now: () => number; atMs: number };
  onProgress?: (progress: SolveProgress) => void;
  /** Polled between rounds; when true the best plan so far is returned. */
  isCancelled?: () => boolean;
  /** Prices of the objective; least travel by default. */
  objective?: Objective;
  /** Eliminate routes before optimising travel (fewest officers first, the benchmark convention). */
  fleetFirst?: boolean;
  /** Only fit unassigned visits into the starting routes (cheapest places); no search. */
  insertOnly?: boolean;
  /** Searches of the same day side by side: best plans are traded at these budget fractions. */
  exchange?: PlanExchange;
}

/** Routes per officer (visit indices in order) and the explained leftovers. */
export interface SolveResult {
  routes: Int32Array[];
  unassigned: UnassignedInfo[];
  travelSec: number;
  /** The objective's value for the returned plan: what the search minimised (see `CostModel`). */
  cost: number;
  iterations: number;
}

/**
 * Plans one day: start from the given routes (re-optimising) or build by regret insertion, then
 * (fewest officers first) eliminate routes, then ruin-and-recreate with annealing (trading plans
 * with cooperating searches between stretches, see search.ts) until the iteration budget, the
 * deadline or cancellation; then a final repair pass and explanations.
 * Pure and synchronous; randomness comes only from `seed`.
 */
export function solve(p: Problem, options: SolveOptions): SolveResult {
  const ctx = createContext(p, options.seed);
  const objective = options.objective ?? LEAST_TRAVEL;
  const model = new CostModel(ctx, objective);
  ctx.sol.setPenalties(missingPenalties(ctx, objective));
  const isCancelled = (): boolean => options.isCancelled?.() === true;
  const report = (phase: SolveProgress['phase'], fraction: number): void => {
    options.onProgress?.({
      phase,
      fraction,
      assigned: ctx.sol.assignedCount(),
      bestCost: model.total(),
      officersUsed: model.officersUsed(),
      travelSec: ctx.sol.travelSec(),
      distanceM: planDistanceM(ctx),
    });
  };
  ctx.shouldStop = isCancelled;

  report('construct', 0);
  loadStartRoutes(ctx);
  if (options.fleetFirst) {
    const pool = Int32Array.from(ctx.candidates.filter((v) => ctx.sol.routeOf[v] < 0));
    recreate(ctx, model, pool, pool.length, 0);
  } else {
    const open = ctx.candidates.filter((v) => ctx.sol.routeOf[v] < 0);
    const every = Math.max(1, Math.floor(open.length / 20));
    regretInsert(ctx, open, (count) => {
      if (count % every === 0)
        options.onProgress?.({
          phase: 'construct',
          fraction: 0,
          assigned: ctx.sol.assignedCount(),
          bestCost: 0,
          officersUsed: 0,
          travelSec: 0,
          distanceM: 0,
        });
    });
  }
  insertUnassigned(ctx);

  let iterations = 0;
  if (!options.insertOnly && !isCancelled()) {
    const clock = budgetClock(options, DEFAULT_MAX_ITERATIONS, isCancelled);
    if (options.fleetFirst) {
      const fleetClock = clock.phase(FLEET_SHARE);
      eliminateRoutes(ctx, model, fleetClock, () => report('improve', clock.fraction()));
      iterations += fleetClock.rounds();
    }
    const rest = clock.phase(1);
    const trades = options.exchange ? tradeSchedule(options.exchange, clock.fraction) : undefined;
    iterations += search(ctx, model, rest, () => report('improve', clock.fraction()), trades);
  }

  // A last exact pass, so that no reported "capacity" visit would in fact have fitted.
  ctx.shouldStop = isCancelled;
  insertUnassigned(ctx);
  report('improve', 1);
  return { routes: ctx.sol.snapshot(), unassigned: explainAll(ctx), travelSec: ctx.sol.travelSec(), cost: model.total(), iterations };
}

/**
 * Puts the starting routes in place. A route the rules no longer allow (a manual edit broke it,
 * or the day moved on) loses its last movable visits until it fits; they are re-planned like any
 * unassigned visit.
 */
function loadStartRoutes(ctx: SearchContext): void {
  const { p, sol } = ctx;
  for (let k = 0; k < p.officerCount; k++) {
    const start = p.startRoutes[k];
    if (start.length === 0) continue;
    // A visit pinned to someone else since goes to that officer in construction; one the officer
    // may no longer take (a hard territory or a complaint since) is planned again, unless held in
    // place by the field (the frozen first stops).
    const frozen = p.frozenCount[k];
    const seq = start.filter(
      (v, i) =>
        ctx.isCandidate[v] === 1 &&
        sol.routeOf[v] < 0 &&
        (p.pinnedTo[v] < 0 || p.pinnedTo[v] === k) &&
        (i < frozen || ctx.serve[v * p.officerCount + k] === 1),
    );
    let len = seq.length;
    sol.replace(k, seq, len);
    while (len > 0 && sol.routes[k].code !== OK) {
      len--;
      sol.replace(k, seq, len);
    }
  }
}

/** Metres over every route with visits: start, stops in order, end (none for an open end). Read only when reporting. */
function planDistanceM(ctx: SearchContext): number {
  const { p, sol } = ctx;
  let sum = 0;
  sol.routes.forEach((route, k) => {
    if (route.len === 0) return;
    let at = p.startPlace[k];
    for (let i = 0; i < route.len; i++) {
      sum += legDistanceM(p, k, at, route.stops[i]);
      at = route.stops[i];
    }
    sum += legDistanceM(p, k, at, p.endPlace[k]);
  });
  return sum;
}
