import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate';

const addUser = (db: Db, id: string, role: string) =>
  db.prepare(`INSERT INTO users (id, name, role, created_at) VALUES (?, 'Someone', ?, '2026-12-07T08:00:00Z')`).run(id, role);

describe('migration 0120 users and overrides', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, { to: 120 });
  });
  afterEach(() => db.close());

  it('takes the two roles only, and keeps every profile (made inactive, never deleted)', () => {
    addUser(db, 'zhou', 'supervisor');
    addUser(db, 'li', 'dispatcher');
    expect(() => addUser(db, 'wang', 'admin')).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE users SET active = 2 WHERE id = 'li'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`DELETE FROM users WHERE id = 'li'`).run()).toThrow(/never deleted/);
  });

  it('gives plans made before it no overrides', () => {
    expect(db.prepare(`SELECT dflt_value FROM pragma_table_info('plans') WHERE name = 'overrides_json'`).pluck().get()).toBe("'[]'");
  });
});
