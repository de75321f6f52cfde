import { describe, expect, it } from 'vitest';
import type { OfficerId, PlanRequest, PlanResult, VisitId } from '../../../shared/domain';
import { dispatchPlanner } from '../../../shared/solver';
import { checkPlan } from './checker';
import { hhmm, lineRequest, type LineOfficer, type LineVisit } from './fixtures';
import { randomDay } from './random-day';

const routeOf = (plan: PlanResult, officerId: string): string[] =>
  plan.routes.find((r) => r.officerId === officerId)?.stops.map((s) => s.visitId) ?? [];
const officerOf = (plan: PlanResult, visitId: string): string | null =>
  plan.routes.find((r) => r.stops.some((s) => s.visitId === visitId))?.officerId ?? null;
const startFrom = (plan: PlanResult): PlanRequest['startFrom'] =>
  plan.routes.map((r) => ({ officerId: r.officerId, visitIds: r.stops.map((s) => s.visitId) }));

// Two officers at opposite ends of the line; visits near each.
const officers: LineOfficer[] = [
  { id: 'W', startX: -20 },
  { id: 'E', startX: 20 },
];
const visits: LineVisit[] = [
  { id: 'w1', x: -18 },
  { id: 'w2', x: -15 },
  { id: 'w3', x: -12 },
  { id: 'e1', x: 12 },
  { id: 'e2', x: 15 },
  { id: 'e3', x: 18 },
];

describe('locks', () => {
  it('keeps a visit pinned to its officer even when another is far closer', () => {
    const request: PlanRequest = {
      ...lineRequest(visits, officers),
      locks: { pinned: [{ visitId: 'w1' as VisitId, officerId: 'E' as OfficerId }], fixedOrder: [], done: [] },
    };
    const plan = dispatchPlanner.plan(request, { seed: 1, maxIterations: 300 });
    expect(checkPlan(request, plan)).toEqual([]);
    expect(officerOf(plan, 'w1')).toBe('E');
    const free = dispatchPlanner.plan(lineRequest(visits, officers), { seed: 1, maxIterations: 300 });
    expect(officerOf(free, 'w1')).toBe('W');
  });

  it('leaves a fixed-order route exactly as it was: nothing added, removed or reordered', () => {
    const base = lineRequest(visits, officers);
    const request: PlanRequest = {
      ...base,
      // A poor order on purpose: the planner would reverse it if it could.
      startFrom: [{ officerId: 'W' as OfficerId, visitIds: ['w3', 'w1', 'w2'] as VisitId[] }],
      locks: { pinned: [], fixedOrder: ['W' as OfficerId], done: [] },
    };
    const plan = dispatchPlanner.plan(request, { seed: 1, maxIterations: 300 });
    expect(checkPlan(request, plan)).toEqual([]);
    expect(routeOf(plan, 'W')).toEqual(['w3', 'w1', 'w2']);
    expect(routeOf(plan, 'E')).toEqual(['e1', 'e2', 'e3']);
  });

  it('keeps stops already done first in their route, in their order, even when no longer approved', () => {
    const base = lineRequest(
      visits.map((v) => (v.id === 'e3' || v.id === 'e2' ? { ...v, status: 'done' as const } : v)),
      officers,
    );
    const request: PlanRequest = {
      ...base,
      startFrom: [{ officerId: 'E' as OfficerId, visitIds: ['e1', 'e3', 'e2'] as VisitId[] }],
      locks: { pinned: [], fixedOrder: [], done: ['e3', 'e2'] as VisitId[] },
    };
    const plan = dispatchPlanner.plan(request, { seed: 1, maxIterations: 300 });
    expect(routeOf(plan, 'E').slice(0, 2)).toEqual(['e3', 'e2']);
    expect(officerOf(plan, 'e1')).not.toBeNull();
  });
});

describe('incremental use', () => {
  it('inserts an urgent visit into the current plan and leaves every other stop where it was', () => {
    const request = randomDay(120, 10, 7);
    const urgent = request.visits[0].id;
    const withoutUrgent = { ...request, visits: request.visits.map((v, i) => (i === 0 ? { ...v, status: 'cancelled' as const } : v)) };
    const before = dispatchPlanner.plan(withoutUrgent, { seed: 1, maxIterations: 50 });
    // The first plan never saw the urgent visit; insert it into that plan.
    const plan = dispatchPlanner.plan({ ...request, startFrom: startFrom(before), insertOnly: true }, { seed: 1 });
    expect(checkPlan(request, plan)).toEqual([]);
    for (const r of before.routes) {
      expect(routeOf(plan, r.officerId).filter((id) => id !== urgent)).toEqual(r.stops.map((s) => s.visitId));
    }
    expect(officerOf(plan, urgent) !== null || plan.unassigned.some((u) => u.visitId === urgent)).toBe(true);
  });

  it('re-optimises from a plan changing few assignments, and honours a pin added since', () => {
    const request = randomDay(150, 10, 9);
    const first = dispatchPlanner.plan(request, { seed: 1, maxIterations: 300 });
    const moved = first.routes[0].stops[0].visitId;
    const target = first.routes[1].officerId;
    // The target's route is full: only a ruin aimed at that route makes room, within a few rounds.
    for (const seed of [1, 2, 3]) {
      const again = dispatchPlanner.plan(
        {
          ...request,
          startFrom: startFrom(first),
          locks: { pinned: [{ visitId: moved, officerId: target }], fixedOrder: [], done: [] },
        },
        { seed, maxIterations: 30 },
      );
      expect(checkPlan(request, again)).toEqual([]);
      expect(officerOf(again, moved)).toBe(target);
      let changed = 0;
      for (const r of first.routes) for (const s of r.stops) if (officerOf(again, s.visitId) !== r.officerId) changed++;
      const assigned = first.routes.reduce((n, r) => n + r.stops.length, 0);
      expect(changed).toBeLessThan(assigned * 0.25);
    }
  });

  it('repairs a starting route that breaks a window (a manual edit) instead of keeping it', () => {
    const request: PlanRequest = {
      ...lineRequest(
        [
          { id: 'a', x: 5, windows: [{ startSec: hhmm('09:00'), endSec: hhmm('09:10') }] },
          { id: 'b', x: 25 },
        ],
        officers,
      ),
      // b first makes a late: the start route is infeasible as given.
      startFrom: [{ officerId: 'E' as OfficerId, visitIds: ['b', 'a'] as VisitId[] }],
    };
    const plan = dispatchPlanner.plan(request, { seed: 1, maxIterations: 100 });
    expect(checkPlan(request, plan)).toEqual([]);
    expect(plan.unassigned).toEqual([]);
  });
});
