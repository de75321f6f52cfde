import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createAuditRepo } from '../../../../electron/backend/db/repos/audit-repo';
import { fixedClock } from '../builders';

describe('audit repo', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('appends entries and lists them newest first, filtered', () => {
    const clock = fixedClock('2026-03-01T08:00:00.000Z');
    const repo = createAuditRepo(db, clock.now);
    repo.append({ actor: 'dispatcher', action: 'import', entity: 'visits', entityId: 'day.csv', detail: { rows: 3 } });
    clock.set('2026-03-01T08:05:00.000Z');
    repo.append({ actor: 'cli', action: 'plan.save', entity: 'plan', entityId: 'P-1', detail: { seed: 1 } });
    repo.append({ actor: 'system', action: 'startup', entity: 'workspace' });

    const all = repo.list();
    expect(all.map((e) => e.action)).toEqual(['startup', 'plan.save', 'import']);
    expect(all[2]).toEqual({
      id: 1,
      at: '2026-03-01T08:00:00.000Z',
      actor: 'dispatcher',
      action: 'import',
      entity: 'visits',
      entityId: 'day.csv',
      detail: { rows: 3 },
    });
    expect(all[0]).toMatchObject({ entityId: null, detail: null });
    expect(repo.list({ entity: 'plan' }).map((e) => e.entityId)).toEqual(['P-1']);
    expect(repo.list({ entity: 'plan', entityId: 'P-2' })).toEqual([]);
    expect(repo.list({ limit: 2 })).toHaveLength(2);
  });

  it('rejects UPDATE and DELETE of the log', () => {
    createAuditRepo(db).append({ actor: 'dispatcher', action: 'x', entity: 'visit', entityId: 'V-1' });
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT actor FROM audit_log').all()).toEqual([{ actor: 'dispatcher' }]);
  });
});
