import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate';

const insert = (db: Db, kind: string, officer: string | null, until: string | null) =>
  db
    .prepare(
      `INSERT INTO customer_holds (customer_id, kind, officer_id, until_date, placed_by, placed_at) VALUES ('C-1', ?, ?, ?, 'supervisor', '2026-11-23T08:00:00Z')`,
    )
    .run(kind, officer, until);

describe('migration 0100 customer holds', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, { to: 100 });
  });
  afterEach(() => db.close());

  it('takes the five kinds, an officer only on a complaint, an end date only on do-not-visit', () => {
    insert(db, 'complaint', 'OF-001', null);
    insert(db, 'do_not_visit', null, '2026-12-01');
    expect(() => insert(db, 'dispute', 'OF-001', null)).toThrow(/CHECK/);
    expect(() => insert(db, 'legal', null, '2026-12-01')).toThrow(/CHECK/);
    expect(() => insert(db, 'holiday', null, null)).toThrow(/CHECK/);
  });

  it('keeps every hold: released, never deleted', () => {
    insert(db, 'vulnerable', null, null);
    expect(() => db.prepare('DELETE FROM customer_holds').run()).toThrow(/never deleted/);
  });
});
