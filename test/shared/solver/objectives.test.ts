import { describe, expect, it } from 'vitest';
import type { PlanRequest, PlanResult } from '../../../shared/domain';
import { dispatchPlanner } from '../../../shared/solver';
import { checkPlan } from './checker';
import { lineRequest, type LineOfficer, type LineVisit } from './fixtures';
import { randomDay } from './random-day';

const travel = (plan: PlanResult): number => plan.routes.reduce((n, r) => n + r.travelSec, 0);
const spread = (plan: PlanResult, officers: number): number => {
  const working = plan.routes.map((r) => r.workingSec);
  while (working.length < officers) working.push(0);
  const mean = working.reduce((a, b) => a + b, 0) / officers;
  return working.reduce((a, w) => a + Math.abs(w - mean), 0);
};

describe('objectives', () => {
  // Three officers at the same office; six visits that one officer could do alone.
  const officers: LineOfficer[] = [
    { id: 'A', startX: 0 },
    { id: 'B', startX: 0 },
    { id: 'C', startX: 0 },
  ];
  const visits: LineVisit[] = [-6, -4, -2, 2, 4, 6].map((x, i) => ({ id: `v${i}`, x }));

  it('fewest officers: one officer does everything one officer can', () => {
    const request: PlanRequest = { ...lineRequest(visits, officers), objective: { kind: 'fewest-officers' } };
    const plan = dispatchPlanner.plan(request, { seed: 1, maxIterations: 300 });
    expect(checkPlan(request, plan)).toEqual([]);
    expect(plan.routes).toHaveLength(1);
  });

  it('least travel: splits east and west, which is shorter than one long route', () => {
    const request = lineRequest(visits, officers);
    const plan = dispatchPlanner.plan(request, { seed: 1, maxIterations: 300 });
    expect(checkPlan(request, plan)).toEqual([]);
    // One officer would drive 24 minutes; two drive 12 each, the same total, so fewer is not forced.
    expect(travel(plan)).toBe(24 * 60);
  });

  it('balanced: uses every officer and spreads the working day more evenly than least travel', () => {
    const request = randomDay(60, 6, 11);
    const plain = dispatchPlanner.plan(request, { seed: 1, maxIterations: 400 });
    const balanced = dispatchPlanner.plan(
      { ...request, objective: { kind: 'balanced', balanceWeight: 2 } },
      { seed: 1, maxIterations: 400 },
    );
    expect(checkPlan(request, balanced)).toEqual([]);
    expect(balanced.unassigned.length).toBeLessThanOrEqual(plain.unassigned.length);
    expect(balanced.routes).toHaveLength(6);
    expect(spread(balanced, 6)).toBeLessThan(spread(plain, 6));
  });

  it('compact: fewer near neighbours end up with different officers than under least travel', () => {
    const request = randomDay(80, 6, 12);
    const splitPairs = (plan: PlanResult): number => {
      const owner = new Map<string, string>();
      for (const r of plan.routes) for (const s of r.stops) owner.set(s.visitId, r.officerId);
      // Neighbours from the request's own distances.
      const V = request.visits.length;
      let split = 0;
      for (let v = 0; v < V; v++) {
        const near = [...Array(V).keys()]
          .filter((w) => w !== v)
          .sort((a, b) => request.matrix.distanceM[v * request.matrix.size + a] - request.matrix.distanceM[v * request.matrix.size + b])
          .slice(0, 6);
        const mine = owner.get(request.visits[v].id);
        for (const w of near) {
          const theirs = owner.get(request.visits[w].id);
          if (mine && theirs && mine !== theirs) split++;
        }
      }
      return split;
    };
    const plain = dispatchPlanner.plan(request, { seed: 1, maxIterations: 400 });
    const compact = dispatchPlanner.plan(
      { ...request, objective: { kind: 'compact', compactWeight: 600 } },
      { seed: 1, maxIterations: 400 },
    );
    expect(checkPlan(request, compact)).toEqual([]);
    expect(splitPairs(compact)).toBeLessThan(splitPairs(plain));
  });

  it('priorities: when not everything fits, the lowest priorities are left out first', () => {
    // One officer, an hour of room: eight 20-minute visits next door; half are priority 5.
    const many: LineVisit[] = Array.from({ length: 8 }, (_, i) => ({
      id: `p${i}`,
      x: 1,
      serviceSec: 20 * 60,
      priority: i % 2 === 0 ? 5 : 1,
    }));
    const request = lineRequest(many, [{ id: 'A', startX: 0, shiftStartSec: 9 * 3600, shiftEndSec: 10.5 * 3600 }]);
    const plan = dispatchPlanner.plan(request, { seed: 1, maxIterations: 100 });
    expect(checkPlan(request, plan)).toEqual([]);
    const placed = plan.routes.flatMap((r) => r.stops.map((s) => s.visitId));
    expect(placed).toHaveLength(4);
    expect(placed.every((id) => Number(id.slice(1)) % 2 === 0)).toBe(true);
  });
});
