import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { dbVersion, migrate } from '../../../../electron/backend/db/migrate';

const insertPlan = (db: Db, id: string, visitChanges?: string) =>
  db.exec(
    `INSERT INTO plans (id, date, planner, seed, created_at, is_current, stats_json${visitChanges === undefined ? '' : ', visit_changes_json'})
     VALUES ('${id}', '2026-03-02', 'p', 1, '2026-03-01T00:00:00Z', 0, '{}'${visitChanges === undefined ? '' : `, '${visitChanges}'`})`,
  );

describe('migration 0060 plan visit changes', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
  });
  afterEach(() => db.close());

  it('gives existing plans no visit changes and keeps them', () => {
    migrate(db, { to: 50 });
    insertPlan(db, 'P-old');
    migrate(db, { to: 60 });
    expect(dbVersion(db)).toBe(60);
    expect(db.prepare('SELECT id, visit_changes_json FROM plans').all()).toEqual([{ id: 'P-old', visit_changes_json: '[]' }]);
  });

  it('holds a JSON array and refuses anything else', () => {
    migrate(db, { to: 60 });
    insertPlan(db, 'P-1', '[{"visitId":"V-1","before":{},"after":{}}]');
    expect(() => insertPlan(db, 'P-2', '{}')).toThrow(/CHECK/);
    expect(() => insertPlan(db, 'P-3', 'not json')).toThrow(/JSON/);
  });
});
