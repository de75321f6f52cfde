import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate';

describe('migration 0140 follow-ups', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, { to: 140 });
    // The visit a follow-up comes from is not this test's business.
    db.pragma('foreign_keys = OFF');
  });
  afterEach(() => db.close());

  it('takes the three rules and four states only, and keeps every follow-up', () => {
    const insert = (rule: string, status: string) =>
      db
        .prepare(`INSERT INTO follow_ups (from_visit_id, rule, customer_id, status, created_at) VALUES ('V-1', ?, 'C-1', ?, 'now')`)
        .run(rule, status);
    insert('not_at_home', 'proposed');
    expect(() => insert('birthday', 'proposed')).toThrow(/CHECK/);
    expect(() => insert('not_at_home', 'maybe')).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM follow_ups').run()).toThrow(/never deleted/);
  });
});
