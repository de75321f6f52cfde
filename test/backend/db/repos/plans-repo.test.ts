import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { OfficerId, Plan, PlanId, VisitId } from '../../../../shared/domain';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createPlansRepo } from '../../../../electron/backend/db/repos/plans-repo';
import { makePlan } from '../builders';

const count = (db: Db, table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();

describe('plans repo', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('round-trips a plan exactly: route order, stop order, break, unassigned order, stats', () => {
    const repo = createPlansRepo(db);
    const plan = makePlan('P-1');
    repo.save(plan);
    expect(repo.current('2026-03-02')).toStrictEqual(plan);
    expect(repo.get(plan.id)).toStrictEqual(plan);
  });

  it('round-trips an empty plan', () => {
    const repo = createPlansRepo(db);
    const empty = makePlan('P-0', {
      routes: [],
      unassigned: [],
      stats: { ...makePlan('x').stats, assignedCount: 0, unassignedCount: 0, visitCount: 0 },
    });
    repo.save(empty);
    expect(repo.get(empty.id)).toStrictEqual(empty);
  });

  it('makes the newest saved plan current and keeps the old one in history', () => {
    const repo = createPlansRepo(db);
    repo.save(makePlan('P-1', { createdAt: '2026-03-01T18:00:00.000Z' }));
    repo.save(makePlan('P-other-day', { date: '2026-03-03' }));
    repo.save(makePlan('P-2', { createdAt: '2026-03-01T19:00:00.000Z', seed: 8 }));
    expect(repo.current('2026-03-02')?.id).toBe('P-2');
    expect(repo.current('2026-03-03')?.id).toBe('P-other-day');
    expect(repo.current('2026-03-04')).toBeNull();
    expect(repo.get('P-1' as PlanId)?.seed).toBe(7);
  });

  it('saves nothing, and keeps the old plan current, when a plan is inconsistent', () => {
    const repo = createPlansRepo(db);
    repo.save(makePlan('P-1'));
    const good = makePlan('P-2');
    // The same visit in two routes violates UNIQUE (plan_id, visit_id) halfway through the write.
    const twice = { ...good.routes[0], stops: [{ ...good.routes[0].stops[0], visitId: 'V-1' as VisitId }] };
    expect(() => repo.save({ ...good, routes: [good.routes[1], twice] })).toThrow(/UNIQUE/);
    expect(repo.current('2026-03-02')?.id).toBe('P-1');
    expect(count(db, 'plans')).toBe(1);
    expect(count(db, 'plan_routes')).toBe(2);
    expect(count(db, 'plan_stops')).toBe(4);
  });

  it('keeps plans when visits and officers they name are gone (no foreign keys to them)', () => {
    const repo = createPlansRepo(db);
    repo.save(makePlan('P-1'));
    expect(count(db, 'visits')).toBe(0);
    expect(repo.get('P-1' as PlanId)?.routes).toHaveLength(2);
  });

  it('round-trips what an edited version carries: violations, locks and its parent', () => {
    const repo = createPlansRepo(db);
    repo.save(makePlan('P-1'));
    const edited = makePlan('P-2', {
      parentId: 'P-1' as PlanId,
      violations: [{ officerId: 'O-1' as OfficerId, visitId: 'V-4' as VisitId, rule: 'window', message: { en: 'Late.', zh: '迟到。' } }],
      locks: { pinned: [{ visitId: 'V-1' as VisitId, officerId: 'O-1' as OfficerId }], fixedOrder: ['O-2' as OfficerId], done: [] },
    });
    repo.save(edited);
    expect(repo.get(edited.id)).toStrictEqual(edited);
  });

  describe('saving an edited version', () => {
    const parent = makePlan('P-1');
    const [second, first] = parent.routes;
    /** P-1 with visit V-2 moved from O-1 to the end of O-2 (times left as they were: storage does not judge). */
    const moved: Plan = {
      ...parent,
      id: 'P-2' as PlanId,
      parentId: parent.id,
      routes: [
        { ...second, stops: [...second.stops, first.stops[1]] },
        { ...first, stops: [first.stops[0], first.stops[2]] },
      ],
    };

    it('stores only the changed routes and reads back the whole plan in order', () => {
      const repo = createPlansRepo(db);
      repo.save(parent);
      repo.saveEdited(moved, { officers: ['O-2' as OfficerId, 'O-1' as OfficerId], unassignedChanged: false });
      expect(repo.get(moved.id)).toStrictEqual(moved);
      expect(repo.current('2026-03-02')?.id).toBe('P-2');
      expect(repo.get(parent.id)).toStrictEqual(parent);

      const pin: Plan = { ...moved, id: 'P-3' as PlanId, parentId: moved.id, locks: { ...moved.locks, fixedOrder: ['O-1' as OfficerId] } };
      const stopsBefore = count(db, 'plan_stops');
      const unassignedBefore = count(db, 'plan_unassigned');
      repo.saveEdited(pin, { officers: [], unassignedChanged: false });
      expect(count(db, 'plan_stops')).toBe(stopsBefore);
      expect(count(db, 'plan_unassigned')).toBe(unassignedBefore);
      expect(repo.get(pin.id)).toStrictEqual(pin);
    });

    it('drops an emptied route, adds a new one last and keeps the unassigned order with new entries after', () => {
      const repo = createPlansRepo(db);
      repo.save(parent);
      // V-9 leaves the list (moved into a route elsewhere), V-7 joins it.
      const [, noSkill] = parent.unassigned;
      const edited: Plan = {
        ...parent,
        id: 'P-2' as PlanId,
        parentId: parent.id,
        routes: [first, { ...second, officerId: 'O-3' as OfficerId }],
        unassigned: [noSkill, { visitId: 'V-7' as VisitId, reasons: ['not_approved'], message: { en: 'Removed.', zh: '已移出。' } }],
      };
      repo.saveEdited(edited, { officers: ['O-2' as OfficerId, 'O-3' as OfficerId], unassignedChanged: true });
      expect(repo.get(edited.id)).toStrictEqual(edited);
    });

    it('refuses a version whose parent is not stored', () => {
      const repo = createPlansRepo(db);
      expect(() => repo.saveEdited(moved, { officers: [], unassignedChanged: false })).toThrow(/stored plan it was edited from/);
      expect(count(db, 'plans')).toBe(0);
    });
  });

  it("empties the day's redo stack when a new version is saved", () => {
    const repo = createPlansRepo(db);
    repo.save(makePlan('P-1'));
    db.prepare("INSERT INTO plan_redo (date, seq, plan_id) VALUES ('2026-03-02', 1, 'P-1')").run();
    repo.save(makePlan('P-2'));
    expect(count(db, 'plan_redo')).toBe(0);
  });
});
