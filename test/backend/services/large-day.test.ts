import { beforeAll, describe, expect, it } from 'vitest';
import { isSparseTravel, type Officer, type PlanRequest, type TravelMode, type Visit } from '../../../shared/domain';
import { DEFAULT_PLANNING_RULES, endPoint, startPoint } from '../../../shared/domain';
import { unfetchedLegs } from '../../../shared/logic/large-day-legs';
import { planningPoints } from '../../../shared/logic/planning-points';
import { verifyPlan } from '../../../shared/logic/verify-plan';
import { dispatchPlanner } from '../../../shared/solver';
import { openDatabase } from '../../../electron/backend/db/open';
import { createRepos } from '../../../electron/backend/db/repos';
import { loadDemo } from '../../../electron/backend/services/demo-service';
import { dayTravel, settleOnFetchedLegs } from '../../../electron/backend/services/large-day';
import { runPlannerInline } from '../../../electron/backend/services/planner-runner';
import { planDay } from '../../../electron/backend/services/planning-service';
import { countingProvider } from '../../../electron/backend/travel/counting-provider';
import { haversineProvider } from '../../../electron/backend/travel/haversine-provider';

// Large days without full matrices (issue 20): a synthetic 1,200-visit day planned with the
// threshold lowered to 1,000, on the straight-line model counted as a road server would see it.

const DATE = '2026-11-23';
// Few officers per visit, so the search's plan does travel estimated legs the settling must fetch.
const LARGE = { fromVisits: 1000, neighbours: 24, officersPerVisit: 3 };
let visits: Visit[];
let officers: Officer[];

beforeAll(async () => {
  const db = openDatabase(':memory:');
  const repos = createRepos(db);
  await loadDemo(repos, { date: DATE, visits: 1200, officers: 48, seed: 4 });
  visits = repos.visits.listByDate(DATE).filter((v) => v.location !== null);
  officers = repos.officers.listActive();
  db.close();
});

const modesOf = (list: readonly Officer[]): TravelMode[] => [...new Set(list.map((o) => o.travelMode))];

describe('a large day', () => {
  it('asks far fewer pairs than the full square, and an ordinary day still gets the full matrix', async () => {
    const points = planningPoints(visits, officers);
    const counting = countingProvider(haversineProvider());
    const travel = await dayTravel({ travel: counting, largeDay: LARGE }, visits.length, points, modesOf(officers));
    expect(isSparseTravel(travel)).toBe(true);
    const square = points.length * points.length * modesOf(officers).length;
    expect(counting.pairsAsked).toBeGreaterThan(0);
    expect(counting.pairsAsked).toBeLessThan(square / 10);

    const few = visits.slice(0, 50);
    const small = await dayTravel(
      { travel: haversineProvider(), largeDay: LARGE },
      few.length,
      planningPoints(few, officers),
      modesOf(officers),
    );
    expect(isSparseTravel(small)).toBe(false);
  });

  it('settles the plan on fetched legs: every leg travelled is the provider’s, and the checker accepts it', async () => {
    const points = planningPoints(visits, officers);
    const modes = modesOf(officers);
    const counting = countingProvider(haversineProvider());
    const deps = { travel: counting, largeDay: LARGE, planner: dispatchPlanner, runPlanner: runPlannerInline };
    const request: PlanRequest = {
      date: DATE,
      visits,
      officers,
      matrix: await dayTravel(deps, visits.length, points, modes),
      rules: DEFAULT_PLANNING_RULES,
    };
    const searched = dispatchPlanner.plan(request, { seed: 2, maxIterations: 300 });
    expect(unfetchedLegs(request, searched).from.length).toBeGreaterThan(0);
    const asked = counting.pairsAsked;

    const { request: settled, result } = await settleOnFetchedLegs(request, searched, deps, 2);
    expect(unfetchedLegs(settled, result).from.length).toBe(0);
    // The second request is small: a few legs per route, not another round of neighbours.
    expect(counting.pairsAsked - asked).toBeLessThan(asked / 10);
    expect(verifyPlan(settled, result).ok).toBe(true);
    expect(result.routes.reduce((n, r) => n + r.stops.length, 0)).toBeGreaterThan(
      searched.routes.reduce((n, r) => n + r.stops.length, 0) * 0.95,
    );

    // Each leg's seconds and metres are what the provider says for that pair.
    const exact = haversineProvider();
    const V = visits.length;
    const pointOf = new Map(visits.map((v, i) => [v.id as string, i]));
    for (const route of result.routes.slice(0, 10)) {
      const k = officers.findIndex((o) => o.id === route.officerId);
      const path = [startPoint(V, k), ...route.stops.map((s) => pointOf.get(s.visitId)!), endPoint(V, k)];
      const legs = await Promise.all(path.slice(1).map((to, i) => exact.table!([points[path[i]]], [points[to]], officers[k].travelMode)));
      route.stops.forEach((stop, i) => expect([stop.travelSec, stop.distanceM]).toEqual([legs[i].durationSec[0], legs[i].distanceM[0]]));
      if (officers[k].end !== null) expect(route.returnTravelSec).toBe(legs[legs.length - 1].durationSec[0]);
    }
  });

  it('is planned without a full matrix by planDay once it reaches the threshold, and the plan passes the checker', async () => {
    const counting = countingProvider(haversineProvider());
    const clock = () => new Date('2026-11-22T08:00:00Z');
    const plan = await planDay(
      visits,
      officers,
      { date: DATE, seconds: 1, seed: 1 },
      { planner: dispatchPlanner, travel: counting, clock, nowMs: () => performance.now(), runPlanner: runPlannerInline, largeDay: LARGE },
    );
    const n = visits.length + 2 * officers.length;
    expect(counting.pairsAsked).toBeLessThan((n * n * modesOf(officers).length) / 10);
    expect(plan.routes.length).toBeGreaterThan(10);
    expect(plan.stats.assignedCount + plan.stats.unassignedCount).toBe(visits.length);
  });
});
