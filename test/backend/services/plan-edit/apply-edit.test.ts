import { describe, expect, it } from 'vitest';
import type { PlanEdit } from '../../../../shared/api/contract';
import type { OfficerId, VisitId } from '../../../../shared/domain';
import { applyEdit } from '../../../../electron/backend/services/plan-edit/apply-edit';
import { makePlan } from '../../db/builders';
import { officer, visit } from '../plan-kit';

// makePlan: O-2 [V-3], O-1 [V-1, V-2, V-4]; unassigned V-9, V-5; all on 2026-03-02.
const plan = makePlan('P-1');
const move = (visitId: string, toOfficerId: string, position: number): PlanEdit => ({
  type: 'move',
  visitId: visitId as VisitId,
  toOfficerId: toOfficerId as OfficerId,
  position,
});
const orders = (change: ReturnType<typeof applyEdit>) => Object.fromEntries(change.orders);

describe('working out an edit', () => {
  it('moves a visit between routes, touching only those two', () => {
    const change = applyEdit(plan, move('V-2', 'O-2', 0), { visit: null, officer: officer('O-2') });
    expect(orders(change)).toEqual({ 'O-1': ['V-1', 'V-4'], 'O-2': ['V-2', 'V-3'] });
    expect(change.unassigned).toBe(plan.unassigned);
    expect(change.movedVisitIds).toEqual(['V-2']);
  });

  it('takes a visit off the unassigned list, or from outside the plan when it is a visit of the day', () => {
    const fromList = applyEdit(plan, move('V-9', 'O-2', 1), { visit: null, officer: officer('O-2') });
    expect(orders(fromList)).toEqual({ 'O-2': ['V-3', 'V-9'] });
    expect(fromList.unassigned.map((u) => u.visitId)).toEqual(['V-5']);

    const late = applyEdit(plan, move('V-20', 'O-2', 0), { visit: visit('V-20'), officer: officer('O-2') });
    expect(orders(late)).toEqual({ 'O-2': ['V-20', 'V-3'] });
    expect(() =>
      applyEdit(plan, move('V-20', 'O-2', 0), { visit: visit('V-20', { date: '2026-03-03' }), officer: officer('O-2') }),
    ).toThrow(/Visit V-20 is not one of the visits of 2026-03-02/);
  });

  it('refuses an officer who is not on duty, and an unknown officer to lock', () => {
    expect(() =>
      applyEdit(plan, move('V-1', 'O-7', 0), { visit: null, officer: officer('O-7', { name: 'Zhao Lei', isActive: false }) }),
    ).toThrow(/Officer Zhao Lei \(O-7\) is not on duty/);
    expect(() =>
      applyEdit(plan, { type: 'lockOrder', officerId: 'O-7' as OfficerId, locked: true }, { visit: null, officer: null }),
    ).toThrow(/Officer O-7 is not on the roster/);
  });

  it('locks and unlocks an officer with no route yet, changing no route', () => {
    const locked = applyEdit(
      plan,
      { type: 'lockOrder', officerId: 'O-5' as OfficerId, locked: true },
      { visit: null, officer: officer('O-5') },
    );
    expect(locked.locks.fixedOrder).toEqual(['O-5']);
    expect(locked.orders.size).toBe(0);
    const unlocked = applyEdit(
      { ...plan, locks: locked.locks },
      { type: 'lockOrder', officerId: 'O-5' as OfficerId, locked: false },
      { visit: null, officer: officer('O-5') },
    );
    expect(unlocked.locks.fixedOrder).toEqual([]);
  });

  it('takes many visits out of their routes as one change, and names the officer of a locked route that stands in the way', () => {
    const change = applyEdit(plan, { type: 'unassignMany', visitIds: ['V-1', 'V-3', 'V-4'] as VisitId[] }, { visit: null, officer: null });
    expect(orders(change)).toEqual({ 'O-1': ['V-2'], 'O-2': [] });
    expect(change.movedVisitIds).toEqual(['V-1', 'V-3', 'V-4']);
    expect(change.unassigned.slice(-3).map((u) => [u.visitId, u.reasons])).toEqual([
      ['V-1', ['removed_by_dispatcher']],
      ['V-3', ['removed_by_dispatcher']],
      ['V-4', ['removed_by_dispatcher']],
    ]);
    const locked = { ...plan, locks: { ...plan.locks, fixedOrder: ['O-2' as OfficerId] } };
    expect(() =>
      applyEdit(
        locked,
        { type: 'unassignMany', visitIds: ['V-1', 'V-3'] as VisitId[] },
        {
          visit: null,
          officer: null,
          officerNamed: (id) => (id === 'O-2' ? officer('O-2', { name: 'Wang Lei' }) : null),
        },
      ),
    ).toThrow(/^Officer Wang Lei \(O-2\)'s route is locked: unlock the route before adding, removing or reordering its visits/);
  });

  it('moves a selection to one officer: the others to the end of the route for placing, pins following, made stops first', () => {
    const withLocks = {
      ...plan,
      locks: { pinned: [{ visitId: 'V-2' as VisitId, officerId: 'O-1' as OfficerId }], fixedOrder: [], done: ['V-3' as VisitId] },
    };
    const change = applyEdit(
      withLocks,
      { type: 'moveMany', visitIds: ['V-9', 'V-3', 'V-2', 'V-9'] as VisitId[], toOfficerId: 'O-2' as OfficerId },
      { visit: null, officer: officer('O-2') },
    );
    // V-3 is O-2's already and stays; V-9 (unassigned) and V-2 (O-1's) come once each.
    expect(orders(change)).toEqual({ 'O-1': ['V-1', 'V-4'], 'O-2': ['V-3', 'V-9', 'V-2'] });
    expect(change.placing).toEqual({ officerId: 'O-2', visitIds: ['V-9', 'V-2'], firstFree: 1 });
    expect(change.movedVisitIds).toEqual(['V-9', 'V-2']);
    expect(change.unassigned.map((u) => u.visitId)).toEqual(['V-5']);
    expect(change.locks.pinned).toEqual([{ visitId: 'V-2', officerId: 'O-2' }]);
    expect(() =>
      applyEdit(
        plan,
        { type: 'moveMany', visitIds: ['V-2'] as VisitId[], toOfficerId: 'O-7' as OfficerId },
        { visit: null, officer: null },
      ),
    ).toThrow(/Officer O-7 is not on the roster/);
  });
});
