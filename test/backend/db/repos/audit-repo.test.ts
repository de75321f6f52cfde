import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { linkHash } from '../../../../electron/backend/db/audit-chain';
import { migrate } from '../../../../electron/backend/db/migrate';
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

describe('the audit chain', () => {
  const dropTriggers = (db: Db) => db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');

  it('runs through entries written before it, and a change to one of them breaks it at the first sealed entry', () => {
    const db = new Database(':memory:');
    migrate(db, { to: 70 });
    const legacy = db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, detail_json) VALUES ('2026-01-01T00:00:00.000Z', 'cli', 'import', 'visits', ?, '{}')`,
    );
    for (const file of ['a.csv', 'b.csv', 'c.csv']) legacy.run(file);
    migrate(db);
    const repo = createAuditRepo(db, fixedClock('2026-03-01T08:00:00.000Z').now);
    repo.append({ action: 'plan.save', entity: 'plan', entityId: 'P-1' });
    repo.append({ action: 'export.day', entity: 'plan', entityId: 'P-1' });
    expect(repo.verify()).toMatchObject({ entries: 5, broken: null });
    dropTriggers(db);
    db.prepare(`UPDATE audit_log SET entity_id = 'z.csv' WHERE id = 2`).run();
    expect(repo.verify().broken).toEqual({ kind: 'changed', id: 4 });
    db.close();
  });

  it('notices an entry added at the end with a correct link, through the head this app keeps', () => {
    const db = openDatabase(':memory:');
    const repo = createAuditRepo(db, fixedClock('2026-03-01T08:00:00.000Z').now);
    repo.append({ action: 'import', entity: 'visits', entityId: 'a.csv' });
    repo.append({ action: 'plan.save', entity: 'plan', entityId: 'P-1' });
    const last = db.prepare('SELECT hash FROM audit_log WHERE id = 2').pluck().get() as string;
    const forged = {
      id: 3,
      at: '2026-03-01T09:00:00.000Z',
      actor: 'x',
      action: 'export.day',
      entity: 'plan',
      entity_id: 'P-1',
      detail_json: 'null',
    };
    db.prepare(
      'INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail_json, hash) VALUES (@id, @at, @actor, @action, @entity, @entity_id, @detail_json, @hash)',
    ).run({ ...forged, hash: linkHash(last, forged) });
    expect(repo.verify().broken).toEqual({ kind: 'headMismatch', id: 3, lastId: 2 });
    db.close();
  });
});
