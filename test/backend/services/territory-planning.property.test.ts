import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLANNING_RULES, type PlanRequest, type PlanResult, type Territory, type Visit } from '../../../shared/domain';
import { planningPoints } from '../../../shared/logic/planning-points';
import { isOutsideHardTerritory, placeTerritories } from '../../../shared/logic/territories';
import { verifyPlan } from '../../../shared/logic/verify-plan';
import { dispatchPlanner } from '../../../shared/solver';
import { haversineProvider } from '../../../electron/backend/travel/haversine-provider';
import { underTerritories } from '../../../electron/backend/services/territory-planning';
import { makeOfficer, makeVisit } from '../db/builders';
import { box } from '../../support/territory-kit';

const DATE = '2026-03-02';
const travel = haversineProvider();

// A 10 km × 9 km patch of a synthetic city; places are drawn on a 0.005° grid inside it.
const lng = fc.integer({ min: 0, max: 20 }).map((i) => 121.4 + i * 0.005);
const lat = fc.integer({ min: 0, max: 16 }).map((i) => 31.2 + i * 0.005);
const place = fc.record({ lat, lng });
const area = fc
  .tuple(lng, lat, lng, lat)
  .map(([a, b, c, d]) => box(Math.min(a, c) - 0.001, Math.min(b, d) - 0.001, Math.max(a, c) + 0.001, Math.max(b, d) + 0.001));

const dayArb = fc.record({
  officers: fc.array(fc.record({ home: place, team: fc.constantFrom('North', 'South'), area: fc.option(area, { nil: null }) }), {
    minLength: 2,
    maxLength: 4,
  }),
  teamArea: fc.option(area, { nil: null }),
  visits: fc.array(place, { minLength: 3, maxLength: 14 }),
  seed: fc.integer({ min: 1, max: 1000 }),
});

type Day = typeof dayArb extends fc.Arbitrary<infer D> ? D : never;

/** The day's roster, visits and hard territories: some officers' own, and the North team's. */
function build(day: Day) {
  const officers = day.officers.map((o, k) =>
    makeOfficer(`O-${k}`, {
      team: o.team,
      start: { ...o.home, system: 'wgs84' },
      end: { ...o.home, system: 'wgs84' },
      breaks: [],
      maxVisits: 20,
      skills: [{ skill: 'collection', validUntil: null }],
      travelMode: 'driving',
    }),
  );
  const visits: Visit[] = day.visits.map((p, i) =>
    makeVisit(`V-${i}`, {
      date: DATE,
      location: { ...p, system: 'wgs84' },
      windows: [{ startSec: 8 * 3600, endSec: 18 * 3600 }],
      serviceSec: 600,
    }),
  );
  const stamp = { outsidePrice: 0, updatedAt: '2026-03-01T00:00:00.000Z', updatedBy: 'test', rule: 'hard' as const };
  const territories: Territory[] = day.officers.flatMap((o, k) =>
    o.area
      ? [{ ...stamp, id: k + 1, name: `T-${k}`, owner: { kind: 'officer' as const, officerId: officers[k].id }, geometry: o.area }]
      : [],
  );
  if (day.teamArea)
    territories.push({ ...stamp, id: 99, name: 'North team', owner: { kind: 'team', team: 'North' }, geometry: day.teamArea });
  return { officers, visits, territories };
}

function request(visits: readonly Visit[], officers: ReturnType<typeof build>['officers'], extra: Partial<PlanRequest> = {}): PlanRequest {
  const modes = ['driving' as const];
  return {
    date: DATE,
    visits,
    officers,
    matrix: travel.matrixNow!(planningPoints(visits, officers), modes),
    rules: { ...DEFAULT_PLANNING_RULES, permittedHours: { startSec: 7 * 3600, endSec: 20 * 3600 } },
    ...extra,
  };
}

/** Every stop whose officer a hard territory keeps away from it. */
function stopsOutside(plan: PlanResult, built: ReturnType<typeof build>): string[] {
  const placed = placeTerritories(built.territories);
  const officerOf = new Map(built.officers.map((o) => [o.id as string, o]));
  const visitOf = new Map(built.visits.map((v) => [v.id as string, v]));
  return plan.routes.flatMap((r) =>
    r.stops
      .filter((s) => isOutsideHardTerritory(officerOf.get(r.officerId)!, visitOf.get(s.visitId)!.location!, placed))
      .map((s) => `${s.visitId}@${r.officerId}`),
  );
}

describe('hard territories in the planner (random days)', () => {
  it('never sends an officer outside their hard territories, planning afresh or re-optimising a plan made without them', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const built = build(day);
        const options = { seed: day.seed, maxIterations: 150 };
        const ruled = underTerritories(built.visits, built.officers, built.territories);
        const fresh = request(ruled.visits, ruled.officers, { outsidePrices: ruled.outsidePrices });
        const planned = dispatchPlanner.plan(fresh, options);
        expect(verifyPlan(fresh, planned).ok).toBe(true);
        expect(stopsOutside(planned, built)).toEqual([]);
        // A plan made before the territories existed, re-optimised under them.
        const before = dispatchPlanner.plan(request(built.visits, built.officers), options);
        const startFrom = before.routes.map((r) => ({ officerId: r.officerId, visitIds: r.stops.map((s) => s.visitId) }));
        const again = request(ruled.visits, ruled.officers, { startFrom, outsidePrices: ruled.outsidePrices });
        const reoptimised = dispatchPlanner.plan(again, options);
        expect(verifyPlan(again, reoptimised).ok).toBe(true);
        expect(stopsOutside(reoptimised, built)).toEqual([]);
        // Whatever was left out was outside every territory its possible officers are bound to.
        for (const u of reoptimised.unassigned) {
          const visit = built.visits.find((v) => v.id === u.visitId)!;
          const anyoneAllowed = built.officers.some(
            (o) => !isOutsideHardTerritory(o, visit.location!, placeTerritories(built.territories)),
          );
          if (!anyoneAllowed) expect(u.reasons).toContain('no_skilled_officer');
        }
      }),
      { numRuns: 40, seed: 20 },
    );
  });
});
