import { describe, expect, it } from 'vitest';
import { OfficerId, PlanId, VisitId } from '../../../../shared/domain';
import { indexPlan, problemOf } from '../../../../renderer/features/plans/plan-index';
import { sameRoute, sharePlan, shareView } from '../../../../renderer/features/plans/share-plan';
import { samplePlan, sampleRoute } from '../../sample-data';

describe('sharing unchanged routes between plan versions', () => {
  const before = samplePlan([
    sampleRoute('OF1', [
      ['A', 540],
      ['B', 600],
    ]),
    sampleRoute('OF2', [['C', 560]]),
    sampleRoute('OF3', [['D', 700]]),
  ]);
  // After moving B to OF2 the answer is a fresh JSON copy: every object is new.
  const after = JSON.parse(
    JSON.stringify(
      samplePlan(
        [
          sampleRoute('OF1', [['A', 540]]),
          sampleRoute('OF2', [
            ['C', 560],
            ['B', 620],
          ]),
          sampleRoute('OF3', [['D', 700]]),
        ],
        { id: PlanId.parse('P-2') },
      ),
    ),
  );

  it('keeps the old objects of routes that did not change, takes the new ones that did', () => {
    const shared = sharePlan(before, after);
    expect(shared.id).toBe('P-2');
    expect(shared.routes[0]).not.toBe(before.routes[0]);
    expect(shared.routes[1]).not.toBe(before.routes[1]);
    expect(shared.routes[2]).toBe(before.routes[2]);
    expect(shared.routes[1].stops.map((s) => s.visitId)).toEqual(['C', 'B']);
    expect(shared.unassigned).toBe(before.unassigned);
  });

  it('tells a re-timed route from an unchanged one', () => {
    const route = sampleRoute('OF1', [['A', 540]]);
    expect(sameRoute(route, JSON.parse(JSON.stringify(route)))).toBe(true);
    expect(sameRoute(route, { ...route, stops: [{ ...route.stops[0], startSec: route.stops[0].startSec + 60 }] })).toBe(false);
    expect(sameRoute(route, { ...route, breakTaken: { startSec: 43_200, endSec: 46_800, afterStop: 0 } })).toBe(false);
  });

  it('shares inside a plan view too, and takes the first plan as it is', () => {
    const view = shareView({ plan: before, canUndo: false, canRedo: false }, { plan: after, canUndo: true, canRedo: false });
    expect(view.canUndo).toBe(true);
    expect(view.plan.routes[2]).toBe(before.routes[2]);
    expect(sharePlan(null, after)).toBe(after);
  });
});

describe('indexing a plan', () => {
  const plan = samplePlan(
    [
      sampleRoute('OF1', [
        ['A', 540],
        ['B', 600],
      ]),
      sampleRoute('OF2', [['C', 560]]),
    ],
    {
      unassigned: [{ visitId: VisitId.parse('E'), reasons: ['capacity'], message: { en: 'No room.', zh: '没有空位。' } }],
      violations: [
        { officerId: OfficerId.parse('OF1'), visitId: VisitId.parse('B'), rule: 'window', message: { en: 'B is late.', zh: 'B 迟到。' } },
        { officerId: OfficerId.parse('OF1'), visitId: null, rule: 'shift', message: { en: 'Past shift end.', zh: '超出班次。' } },
      ],
      locks: {
        pinned: [{ visitId: VisitId.parse('A'), officerId: OfficerId.parse('OF1') }],
        fixedOrder: [OfficerId.parse('OF2')],
        done: [],
      },
    },
  );
  const index = indexPlan(plan);

  it('knows where each visit is, what is pinned and which routes are locked', () => {
    expect(index.placeOf.get('B')).toEqual({ officerId: 'OF1', position: 1 });
    expect(index.placeOf.has('E')).toBe(false);
    expect(index.pinnedTo.get('A')).toBe('OF1');
    expect(index.lockedOfficers.has('OF2')).toBe(true);
    expect(index.routeOf.get('OF2')?.stops).toHaveLength(1);
  });

  it('flags broken rules before missing places, and keeps route-wide rules with the officer', () => {
    expect(problemOf(index, 'B')).toMatchObject({ kind: 'violation' });
    expect(problemOf(index, 'E')).toMatchObject({ kind: 'unassigned', unassigned: { reasons: ['capacity'] } });
    expect(problemOf(index, 'A')).toBeNull();
    expect(index.violationsOfOfficer.get('OF1')?.map((v) => v.rule)).toEqual(['window', 'shift']);
    expect(indexPlan(null).placeOf.size).toBe(0);
  });
});
