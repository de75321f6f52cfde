import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { OfficerId } from '../../../../shared/domain';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createOfficersRepo } from '../../../../electron/backend/db/repos/officers-repo';
import { fixedClock, makeOfficer } from '../builders';

describe('officers repo', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('round-trips every field, with a closed and an open end', () => {
    const repo = createOfficersRepo(db);
    const closed = makeOfficer('O-1');
    const open = makeOfficer('O-2', { end: null, breaks: [], skills: [], isActive: false, travelMode: 'transit' });
    repo.upsertMany([closed, open]);
    expect(repo.get(closed.id)).toStrictEqual(closed);
    expect(repo.get(open.id)).toStrictEqual(open);
    expect(repo.get('O-9' as OfficerId)).toBeNull();
  });

  it('counts inserted vs updated and stamps times from the clock', () => {
    const clock = fixedClock('2026-03-01T08:00:00Z');
    const repo = createOfficersRepo(db, clock.now);
    expect(repo.upsertMany([makeOfficer('O-1'), makeOfficer('O-2')])).toEqual({ inserted: 2, updated: 0 });
    clock.set('2026-03-01T08:00:30Z');
    expect(repo.upsertMany([makeOfficer('O-1', { maxVisits: 3 })])).toEqual({ inserted: 0, updated: 1 });
    expect(repo.get('O-1' as OfficerId)?.maxVisits).toBe(3);
    const start = Date.parse('2026-03-01T08:00:00Z') / 1000;
    expect(db.prepare("SELECT created_at, updated_at FROM officers WHERE id = 'O-1'").get()).toEqual({
      created_at: start,
      updated_at: start + 30,
    });
  });

  it('lists all by id and only active ones', () => {
    const repo = createOfficersRepo(db);
    repo.upsertMany([makeOfficer('O-3'), makeOfficer('O-1', { isActive: false }), makeOfficer('O-2')]);
    expect(repo.list().map((o) => o.id)).toEqual(['O-1', 'O-2', 'O-3']);
    expect(repo.listActive().map((o) => o.id)).toEqual(['O-2', 'O-3']);
  });

  it('writes nothing when one officer in the batch is invalid', () => {
    const repo = createOfficersRepo(db);
    const bad = makeOfficer('O-2', { travelMode: 'helicopter' as never });
    expect(() => repo.upsertMany([makeOfficer('O-1'), bad])).toThrow(/CHECK/);
    expect(repo.list()).toEqual([]);
  });
});
