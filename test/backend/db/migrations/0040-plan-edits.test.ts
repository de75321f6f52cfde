import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { dbVersion, migrate } from '../../../../electron/backend/db/migrate';

const insertPlan = (db: Db, id: string, extra = '') =>
  db.exec(
    `INSERT INTO plans (id, date, planner, seed, created_at, is_current, stats_json${extra ? ', parent_id, violations_json, locks_json' : ''})
   VALUES ('${id}', '2026-03-02', 'p', 1, '2026-03-01T00:00:00Z', 0, '{}'${extra})`,
  );

describe('migration 0040 plan edits', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
  });
  afterEach(() => db.close());

  it('gives existing plans no parent, no violations, no locks and their own rows, and keeps those rows', () => {
    migrate(db, { to: 30 });
    insertPlan(db, 'P-old');
    db.exec("INSERT INTO plan_routes VALUES ('P-old', 'O-1', 0, 100, 200, NULL, NULL, NULL, 0, 0, 0, 0, 100)");

    migrate(db, { to: 40 });
    expect(dbVersion(db)).toBe(40);
    expect(db.prepare('SELECT parent_id, violations_json, locks_json, unassigned_plan_id FROM plans').get()).toEqual({
      parent_id: null,
      violations_json: '[]',
      locks_json: '{"pinned":[],"fixedOrder":[],"done":[]}',
      unassigned_plan_id: null,
    });
    expect(db.prepare('SELECT officer_id, stops_plan_id FROM plan_routes').all()).toEqual([{ officer_id: 'O-1', stops_plan_id: null }]);
  });

  it('links a version to a stored parent and refuses JSON of the wrong shape', () => {
    migrate(db, { to: 40 });
    insertPlan(db, 'P-1');
    insertPlan(db, 'P-2', ", 'P-1', '[]', '{}'");
    expect(() => insertPlan(db, 'P-3', ", 'P-missing', '[]', '{}'")).toThrow(/FOREIGN KEY/);
    expect(() => insertPlan(db, 'P-4', ", NULL, '{}', '{}'")).toThrow(/CHECK/);
    expect(() => insertPlan(db, 'P-5', ", NULL, '[]', '[]'")).toThrow(/CHECK/);
    expect(() => insertPlan(db, 'P-6', ", NULL, 'not json', '{}'")).toThrow(/JSON/);
  });

  it('lets a version share stored stops and unassigned lists, but not name a plan that is not stored', () => {
    migrate(db, { to: 40 });
    insertPlan(db, 'P-1');
    insertPlan(db, 'P-2', ", 'P-1', '[]', '{}'");
    db.exec("UPDATE plans SET unassigned_plan_id = 'P-1' WHERE id = 'P-2'");
    const route = db.prepare("INSERT INTO plan_routes VALUES ('P-2', 'O-1', 0, 100, 200, NULL, NULL, NULL, 0, 0, 0, 0, 100, ?)");
    route.run('P-1');
    expect(() => db.exec("UPDATE plans SET unassigned_plan_id = 'P-9' WHERE id = 'P-2'")).toThrow(/FOREIGN KEY/);
    expect(() => db.exec("UPDATE plan_routes SET stops_plan_id = 'P-9'")).toThrow(/FOREIGN KEY/);
    // A plan whose rows another version still uses cannot be deleted.
    expect(() => db.exec("DELETE FROM plans WHERE id = 'P-1'")).toThrow(/FOREIGN KEY/);
  });

  it('keeps one redo stack per day, dropped with its plan', () => {
    migrate(db, { to: 40 });
    insertPlan(db, 'P-1');
    const push = db.prepare('INSERT INTO plan_redo (date, seq, plan_id) VALUES (?, ?, ?)');
    push.run('2026-03-02', 1, 'P-1');
    expect(() => push.run('2026-03-02', 1, 'P-1')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => push.run('2026-03-02', 2, 'P-missing')).toThrow(/FOREIGN KEY/);
    db.exec("DELETE FROM plans WHERE id = 'P-1'");
    expect(db.prepare('SELECT COUNT(*) FROM plan_redo').pluck().get()).toBe(0);
  });
});
