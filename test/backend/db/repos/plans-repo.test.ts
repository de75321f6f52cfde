import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3';
import type { PlanId, VisitId } from '../../../../shared/domain';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createPlansRepo } from '../../../../electron/backend/db/repos/plans-repo';
import { makePlan } from '../builders';

const count = (db: Db, table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();

describe('plans repo', () => {
  let db: Db;
  beforeEach(() => { db = openDatabase(':memory:'); });
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
      routes: [], unassigned: [],
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
    expect(repo.listForDate('2026-03-02')).toEqual([
      { id: 'P-2', createdAt: '2026-03-01T19:00:00.000Z', planner: 'ils-v1', stats: makePlan('x').stats, isCurrent: true },
      { id: 'P-1', createdAt: '2026-03-01T18:00:00.000Z', planner: 'ils-v1', stats: makePlan('x').stats, isCurrent: false },
    ]);
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
});
