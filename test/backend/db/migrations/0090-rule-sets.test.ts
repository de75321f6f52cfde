import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { dbVersion, migrate } from '../../../../electron/backend/db/migrate';

const insertPlan = (db: Db, id: string) =>
  db.exec(
    `INSERT INTO plans (id, date, planner, seed, created_at, is_current, stats_json)
     VALUES ('${id}', '2026-11-23', 'test', 1, '2026-11-22T07:00:00.000Z', 1, '{}')`,
  );

const insertRules = (db: Db, version: number, rulesJson = '{}') =>
  db
    .prepare('INSERT INTO rule_sets (version, rules_json, changed_by, changed_at, reason) VALUES (?, ?, ?, ?, ?)')
    .run(version, rulesJson, 'system', '2026-11-22T07:00:00.000Z', 'defaults');

describe('migration 0090 rule sets', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
  });
  afterEach(() => db.close());

  it('keeps existing plans, made under no recorded rules version', () => {
    migrate(db, { to: 80 });
    insertPlan(db, 'P-old');
    migrate(db, { to: 90 });
    expect(dbVersion(db)).toBe(90);
    expect(db.prepare('SELECT id, rules_version FROM plans').all()).toEqual([{ id: 'P-old', rules_version: null }]);
    expect(db.prepare('SELECT count(*) FROM rule_sets').pluck().get()).toBe(0);
    db.prepare('UPDATE plans SET rules_version = 1 WHERE id = ?').run('P-old');
  });

  it('keeps rule set versions append-only and their rules a JSON object', () => {
    migrate(db, { to: 90 });
    insertRules(db, 1);
    expect(() => db.prepare("UPDATE rule_sets SET reason = 'other' WHERE version = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM rule_sets').run()).toThrow(/append-only/);
    expect(() => insertRules(db, 2, '[]')).toThrow(/CHECK/);
    expect(() => insertRules(db, 0)).toThrow(/CHECK/);
    expect(() => insertRules(db, 1)).toThrow(/UNIQUE|PRIMARY/);
  });
});
