import { describe, expect, it } from 'vitest';
import type { Plan, PlanId } from '../../../shared/domain';
import { applyPlanChanges, diffPlans } from '../../../shared/logic/plan-changes';
import { dispatchPlanner } from '../../../shared/solver';
import { randomDay } from '../solver/random-day';

function asPlan(id: string, parentId: string | null, result: Pick<Plan, 'routes' | 'unassigned'>): Plan {
  return {
    id: id as PlanId,
    date: '2026-11-23',
    planner: 'test',
    rulesVersion: null,
    overrides: [],
    seed: 1,
    createdAt: '2026-11-23T08:00:00Z',
    ...result,
    stats: { visitCount: 0, assignedCount: 0, unassignedCount: 0, officersUsed: 0, travelSec: 0, distanceM: 0, workingSec: 0, solveMs: 0 },
    violations: [],
    locks: { pinned: [], fixedOrder: [], done: [] },
    parentId: parentId as PlanId | null,
  };
}

describe('plan changes', () => {
  const request = randomDay(80, 6, 5);
  const base = asPlan('P1', null, dispatchPlanner.plan(request, { seed: 1, maxIterations: 50 }));

  it('carries only the routes that changed, and rebuilds the edited plan exactly', () => {
    // Move the first stop of route 0 to the end of route 1, and unassign a stop of route 2.
    const [a, b, c] = base.routes;
    const moved = a.stops[0];
    const dropped = c.stops[0];
    const next = asPlan('P2', 'P1', {
      routes: base.routes.map((r) =>
        r === a
          ? { ...a, stops: a.stops.slice(1) }
          : r === b
            ? { ...b, stops: [...b.stops, moved] }
            : r === c
              ? { ...c, stops: c.stops.slice(1) }
              : r,
      ),
      unassigned: [
        ...base.unassigned,
        { visitId: dropped.visitId, reasons: ['removed_by_dispatcher'], message: { en: 'Removed.', zh: '已移出。' } },
      ],
    });
    const changes = diffPlans(base, next);
    expect(changes.routes.map((r) => r.officerId)).toEqual([a.officerId, b.officerId, c.officerId]);
    expect(changes.unassignedAdded.map((u) => u.visitId)).toEqual([dropped.visitId]);
    expect(changes.unassignedAll).toBeNull();
    expect(applyPlanChanges(base, changes)).toEqual(next);
    // Unchanged routes keep their identity, so the board does not redraw them.
    expect(applyPlanChanges(base, changes).routes[3]).toBe(base.routes[3]);
  });

  it('sends the whole unassigned list when only that gives its order, and refuses another base', () => {
    const reordered = asPlan('P3', 'P1', { routes: base.routes, unassigned: [...base.unassigned].reverse() });
    const changes = diffPlans(base, reordered);
    if (base.unassigned.length > 1) expect(changes.unassignedAll).not.toBeNull();
    expect(applyPlanChanges(base, changes)).toEqual(reordered);
    expect(() => applyPlanChanges(reordered, changes)).toThrow(/made on plan P1/);
  });
});
