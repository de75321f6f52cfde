import { type SearchContext } from './context';
import { INF, type Problem } from './problem';
import { maxOutsidePrice, routeOutsidePrice } from './outside-prices';

/**
 * What the search minimises, as one number: travel seconds, plus a price per officer used, per
 * second of workload spread, per near neighbour split between officers, per visit moved away from
 * the plan being re-optimised, and (far above all of these) per visit left out, growing with its
 * priority. The prices come from the dispatcher's chosen objective (see `objectiveWeights`).
 */
export interface Objective {
  /** Added for every officer with at least one visit (fewest officers first). */
  officerCost: number;
  /** Per second of an officer's working time away from the officers' mean (balanced workloads). */
  balanceWeight: number;
  /** Per (visit, near neighbour) pair placed with different officers (compact routes). */
  compactWeight: number;
  /** Per visit placed with another officer than in the starting routes (re-optimise changes little). */
  changeCost: number;
}

/** Near neighbours per visit that count for compactness. */
export const COMPACT_NEIGHBOURS = 6;

/** Leaving out one visit of priority p costs `base × PRIORITY_STEP^(p − 1)`. */
export const PRIORITY_STEP = 10;

/** Neutral prices: least travel once as many visits as possible are placed. */
export const LEAST_TRAVEL: Objective = { officerCost: 0, balanceWeight: 0, compactWeight: 0, changeCost: 0 };

/** Defaults for the dispatcher's weights: seconds of travel per second of spread / per split neighbour. */
export const DEFAULT_BALANCE_WEIGHT = 0.5;
export const DEFAULT_COMPACT_WEIGHT = 120;
/** Travel seconds a re-optimisation pays for moving a visit to another officer. */
export const DEFAULT_CHANGE_COST = 300;

/** The dispatcher's named objectives as prices. */
export type ObjectiveName = 'least-travel' | 'fewest-officers' | 'balanced' | 'compact';

/**
 * Prices for a named objective on problem p. "Fewest officers" prices an officer above all the
 * travel a plan could ever save (lexicographic, as in the benchmark literature).
 */
export function objectiveFor(
  p: Problem,
  name: ObjectiveName,
  weights: { balanceWeight?: number; compactWeight?: number; changeCost?: number } = {},
): Objective {
  const changeCost = weights.changeCost ?? 0;
  switch (name) {
    case 'fewest-officers':
      return { ...LEAST_TRAVEL, changeCost, officerCost: 2 * maxLeg(p) * (p.visitCount + 1) + 1 };
    case 'balanced':
      return { ...LEAST_TRAVEL, changeCost, balanceWeight: weights.balanceWeight ?? DEFAULT_BALANCE_WEIGHT };
    case 'compact':
      return { ...LEAST_TRAVEL, changeCost, compactWeight: weights.compactWeight ?? DEFAULT_COMPACT_WEIGHT };
    default:
      return { ...LEAST_TRAVEL, changeCost };
  }
}

/** Longest finite travel time in any matrix. */
export function maxLeg(p: Problem): number {
  if (p.sparse) return p.sparse.longestSec();
  let longest = 0;
  for (const m of p.durations) for (let i = 0; i < m.length; i++) if (m[i] < INF && m[i] > longest) longest = m[i];
  return longest;
}

/**
 * Price of leaving each visit out: more than any travel, officer or spread it could ever save, so
 * the search only drops a visit when it truly does not fit, and lower priorities first.
 */
export function missingPenalties(ctx: SearchContext, objective: Objective): Float64Array {
  const { p } = ctx;
  let maxService = 0;
  for (let v = 0; v < p.visitCount; v++) if (p.serviceSec[v] > maxService) maxService = p.serviceSec[v];
  const detour = 2 * maxLeg(p) + maxService;
  const base =
    detour * (1 + 2 * objective.balanceWeight) +
    objective.officerCost +
    objective.changeCost +
    maxOutsidePrice(p) +
    2 * COMPACT_NEIGHBOURS * objective.compactWeight +
    1;
  const penalty = new Float64Array(p.visitCount);
  for (const v of ctx.candidates) penalty[v] = base * PRIORITY_STEP ** (Math.min(5, Math.max(1, p.priority[v])) - 1);
  return penalty;
}

/** Total cost of the context's current solution under `objective`; route parts are cached per change. */
export class CostModel {
  private readonly routeCost: Float64Array;
  private readonly stampOf: Float64Array;

  constructor(
    private readonly ctx: SearchContext,
    readonly objective: Objective,
  ) {
    this.routeCost = new Float64Array(ctx.p.officerCount);
    this.stampOf = new Float64Array(ctx.p.officerCount).fill(-1);
  }

  /** Cost of officer k's route alone (travel, officer price, moved visits, visits outside soft territories). */
  routeTotal(k: number): number {
    const r = this.ctx.sol.routes[k];
    if (this.stampOf[k] === r.stamp) return this.routeCost[k];
    let cost = r.travelSec;
    if (r.len > 0) cost += this.objective.officerCost;
    if (this.objective.changeCost > 0) {
      const start = this.ctx.p.startOfficer;
      for (let i = 0; i < r.len; i++) if (start[r.stops[i]] >= 0 && start[r.stops[i]] !== k) cost += this.objective.changeCost;
    }
    cost += routeOutsidePrice(this.ctx.p, k, r.stops, r.len);
    this.routeCost[k] = cost;
    this.stampOf[k] = r.stamp;
    return cost;
  }

  /** The whole objective for the current solution. */
  total(): number {
    const { sol } = this.ctx;
    let cost = sol.missingPenalty;
    for (let k = 0; k < sol.routes.length; k++) cost += this.routeTotal(k);
    if (this.objective.balanceWeight > 0) cost += this.objective.balanceWeight * this.spread();
    if (this.objective.compactWeight > 0) cost += this.objective.compactWeight * this.splitPairs();
    return cost;
  }

  /** Sum over officers of |working seconds − mean working seconds|. */
  spread(): number {
    const routes = this.ctx.sol.routes;
    if (routes.length === 0) return 0;
    let sum = 0;
    for (const r of routes) sum += r.len > 0 ? r.workingSec : 0;
    const mean = sum / routes.length;
    let spread = 0;
    for (const r of routes) spread += Math.abs((r.len > 0 ? r.workingSec : 0) - mean);
    return spread;
  }

  /** Mean working seconds over all officers (for insertion's balance hint). */
  meanWorking(): number {
    const routes = this.ctx.sol.routes;
    let sum = 0;
    for (const r of routes) sum += r.len > 0 ? r.workingSec : 0;
    return routes.length > 0 ? sum / routes.length : 0;
  }

  /** Assigned visits' near neighbours that sit with another officer. */
  splitPairs(): number {
    const { sol, neighbours, neighbourCount } = this.ctx;
    let split = 0;
    for (const v of this.ctx.candidates) {
      const k = sol.routeOf[v];
      if (k < 0) continue;
      for (let i = 0; i < COMPACT_NEIGHBOURS && i < neighbourCount; i++) {
        const w = neighbours[v * neighbourCount + i];
        if (w < 0) break;
        const kw = sol.routeOf[w];
        if (kw >= 0 && kw !== k) split++;
      }
    }
    return split;
  }

  /** Officers with at least one visit. */
  officersUsed(): number {
    let used = 0;
    for (const r of this.ctx.sol.routes) if (r.len > 0) used++;
    return used;
  }
}
