import {
  isSparseTravel,
  type DayTravel,
  type LatLng,
  type PlanRequest,
  type PlanResult,
  type Planner,
  type TravelMode,
} from '../../../shared/domain';
import { LARGE_DAY, isLargeDay, type LargeDayOptions } from '../../../shared/logic/large-day-pairs';
import { unfetchedLegs } from '../../../shared/logic/large-day-legs';
import { planningPoints } from '../../../shared/logic/planning-points';
import type { TravelOptions, TravelProvider } from '../travel/provider';
import { fetchLargeDayTravel, fetchMissingPairs } from '../travel/sparse-fetch';

/** What large days need of the planning set-up. */
export interface LargeDayDeps {
  travel: TravelProvider;
  /** From how many visits, and with which pairs, a day is planned without the full matrix (`LARGE_DAY` by default). */
  largeDay?: LargeDayOptions;
}

/**
 * The day's travel over `points` (visits first, `visitCount` of them): the full matrix on an
 * ordinary day; from `largeDay.fromVisits` visits only the pairs its search can use.
 */
export async function dayTravel(
  deps: LargeDayDeps,
  visitCount: number,
  points: LatLng[],
  modes: TravelMode[],
  options: TravelOptions = {},
): Promise<DayTravel> {
  const largeDay = deps.largeDay ?? LARGE_DAY;
  if (!isLargeDay(visitCount, largeDay)) return deps.travel.matrix(points, modes, options);
  return fetchLargeDayTravel(deps.travel, points, visitCount, modes, options, largeDay);
}

/**
 * A large day's plan on fetched legs only, so the checker, the board and every itinerary use real
 * travel for every leg. The legs the plan travels that were estimated are asked for (a small second
 * request) and the routes re-timed on them; a route that no longer fits loses its last visits. So
 * each round either changes nothing or places fewer visits, and the rounds end; estimates err long
 * (`ESTIMATE_MARGIN`), so a route rarely loses anything. Returns the request with the travel
 * extended, and the plan. Ordinary days pass through.
 */
export async function settleOnFetchedLegs(
  request: PlanRequest,
  result: PlanResult,
  deps: Pick<LargeDayDeps, 'travel'> & { planner: Planner },
  seed: number,
): Promise<{ request: PlanRequest; result: PlanResult }> {
  if (!isSparseTravel(request.matrix)) return { request, result };
  const points = planningPoints(request.visits, request.officers);
  const modes = Object.keys(request.matrix.durationSec) as TravelMode[];
  let travel = request.matrix;
  let current = { request, result };
  for (;;) {
    const missing = unfetchedLegs(current.request, current.result);
    if (missing.from.length === 0) return current;
    travel = await fetchMissingPairs(deps.travel, points, travel, missing, modes);
    const extended = { ...current.request, matrix: travel };
    current = { request: extended, result: retime(extended, current.result, deps.planner, seed) };
  }
}

/**
 * The plan's routes again on the request's travel, by the planner itself (its locks, rules and
 * reasons), in this thread: re-timing is quick next to a search. Visits out of every route stay out
 * (shown to the planner as not to plan) and keep their reasons.
 */
function retime(request: PlanRequest, plan: PlanResult, planner: Planner, seed: number): PlanResult {
  const routed = new Set<string>(plan.routes.flatMap((r) => r.stops.map((s) => s.visitId)));
  const visits = request.visits.map((v) => (routed.has(v.id) ? v : { ...v, status: 'cancelled' as const }));
  const startFrom = plan.routes.map((r) => ({ officerId: r.officerId, visitIds: r.stops.map((s) => s.visitId) }));
  const again = planner.plan({ ...request, visits, startFrom, insertOnly: true }, { seed, maxIterations: 0 });
  const before = new Map(plan.unassigned.map((u) => [u.visitId, u]));
  return { ...again, unassigned: again.unassigned.map((u) => before.get(u.visitId) ?? u) };
}
