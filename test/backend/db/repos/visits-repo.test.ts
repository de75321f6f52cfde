import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { VisitId } from '../../../../shared/domain';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createVisitsRepo } from '../../../../electron/backend/db/repos/visits-repo';
import { fixedClock, makeVisit } from '../builders';

const ids = (...list: string[]) => list as VisitId[];

describe('visits repo', () => {
  let db: Db;
  const clock = fixedClock('2026-03-01T08:00:00Z');
  beforeEach(() => {
    db = openDatabase(':memory:');
    clock.set('2026-03-01T08:00:00Z');
  });
  afterEach(() => db.close());

  it('round-trips every field, including nulls and several windows', () => {
    const repo = createVisitsRepo(db, clock.now);
    const full = makeVisit('V-1', { approvedBy: '审批人 王', approvalExpires: '2026-03-31', approvalScope: ['collection', 'follow-up'] });
    const sparse = makeVisit('V-2', {
      kind: 'verification',
      riskScore: null,
      overdueDays: null,
      overdueAmount: null,
      requiredSkills: [],
      location: { lat: -33.5, lng: -70.25, system: 'wgs84' },
      windows: [{ startSec: 0, endSec: 86_400 }],
      notes: '门口有狗',
    });
    repo.upsertMany([full, sparse]);
    expect(repo.get(full.id)).toStrictEqual(full);
    expect(repo.get(sparse.id)).toStrictEqual(sparse);
    expect(repo.get('nope' as VisitId)).toBeNull();
  });

  it('counts inserted vs updated and keeps created_at on update', () => {
    const repo = createVisitsRepo(db, clock.now);
    expect(repo.upsertMany([makeVisit('V-1'), makeVisit('V-2')])).toEqual({ inserted: 2, updated: 0 });
    clock.set('2026-03-01T09:00:00Z');
    expect(repo.upsertMany([makeVisit('V-2', { priority: 5 }), makeVisit('V-3')])).toEqual({ inserted: 1, updated: 1 });
    expect(repo.get('V-2' as VisitId)?.priority).toBe(5);
    const times = db.prepare('SELECT created_at, updated_at FROM visits WHERE id = ?').get('V-2');
    const start = Date.parse('2026-03-01T08:00:00Z') / 1000;
    expect(times).toEqual({ created_at: start, updated_at: start + 3600 });
  });

  it('writes nothing when one row of a batch breaks a constraint', () => {
    const repo = createVisitsRepo(db, clock.now);
    repo.upsertMany([makeVisit('V-1', { notes: 'original' })]);
    const bad = makeVisit('V-3', { kind: 'sales' as never });
    expect(() => repo.upsertMany([makeVisit('V-1', { notes: 'changed' }), makeVisit('V-2'), bad])).toThrow(/CHECK/);
    expect(db.prepare('SELECT id, notes FROM visits').all()).toEqual([{ id: 'V-1', notes: 'original' }]);
  });

  it('lists a date, filtered by status and kind, ordered by id', () => {
    const repo = createVisitsRepo(db, clock.now);
    repo.upsertMany([
      makeVisit('V-3'),
      makeVisit('V-1', { kind: 'verification' }),
      makeVisit('V-2', { status: 'cancelled' }),
      makeVisit('V-4', { date: '2026-03-03' }),
    ]);
    expect(repo.listByDate('2026-03-02').map((v) => v.id)).toEqual(['V-1', 'V-2', 'V-3']);
    expect(repo.listByDate('2026-03-02', { status: 'approved' }).map((v) => v.id)).toEqual(['V-1', 'V-3']);
    expect(repo.listByDate('2026-03-02', { kind: 'collection', status: 'approved' }).map((v) => v.id)).toEqual(['V-3']);
    expect(repo.listByDate('2026-03-04')).toEqual([]);
  });

  it('gets many in the order asked, skipping unknown ids', () => {
    const repo = createVisitsRepo(db, clock.now);
    repo.upsertMany([makeVisit('V-1'), makeVisit('V-2'), makeVisit('V-3')]);
    expect(repo.getMany(ids('V-3', 'X', 'V-1')).map((v) => v.id)).toEqual(['V-3', 'V-1']);
    expect(repo.getMany([])).toEqual([]);
  });

  it('sets status and reports only rows that changed', () => {
    const repo = createVisitsRepo(db, clock.now);
    repo.upsertMany([makeVisit('V-1'), makeVisit('V-2'), makeVisit('V-3', { status: 'planned' })]);
    clock.set('2026-03-01T10:00:00Z');
    expect(repo.setStatus(ids('V-1', 'V-3', 'missing'), 'planned')).toBe(1);
    expect(repo.listByDate('2026-03-02').map((v) => [v.id, v.status])).toEqual([
      ['V-1', 'planned'],
      ['V-2', 'approved'],
      ['V-3', 'planned'],
    ]);
    expect(db.prepare("SELECT updated_at FROM visits WHERE id = 'V-1'").pluck().get()).toBe(Date.parse('2026-03-01T10:00:00Z') / 1000);
  });

  it('lists distinct dates and counts every status', () => {
    const repo = createVisitsRepo(db, clock.now);
    repo.upsertMany([makeVisit('V-1', { date: '2026-03-05' }), makeVisit('V-2'), makeVisit('V-3', { status: 'done' }), makeVisit('V-4')]);
    expect(repo.dates()).toEqual(['2026-03-02', '2026-03-05']);
    // Only visits in the `from` status move, and the answer names them.
    expect(repo.changeStatus(['V-2', 'V-3', 'V-4'] as VisitId[], 'approved', 'planned').sort()).toEqual(['V-2', 'V-4']);
    expect(repo.changeStatus([], 'approved', 'planned')).toEqual([]);
    expect(repo.get('V-3' as VisitId)?.status).toBe('done');
  });
});
