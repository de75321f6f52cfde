import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate';

const batch = (db: Db, kind: string) =>
  db
    .prepare(
      `INSERT INTO import_batches (kind, file_name, encoding, imported_at, row_count, inserted, updated, error_count)
       VALUES (?, 'f.csv', 'utf-8', 1, 1, 1, 0, 0)`,
    )
    .run(kind);

describe('migration 0130 visit outcomes', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, { to: 120 });
  });
  afterEach(() => db.close());

  it('keeps the import batches made before it, and takes officers’ returns as a batch kind of their own', () => {
    batch(db, 'visits');
    expect(() => batch(db, 'outcomes')).toThrow(/CHECK/);
    migrate(db, { to: 130 });
    expect(db.prepare('SELECT kind FROM import_batches').pluck().all()).toEqual(['visits']);
    batch(db, 'outcomes');
    expect(() => batch(db, 'contacts')).toThrow(/CHECK/);
  });

  it('takes one outcome per visit with a known result', () => {
    migrate(db, { to: 130 });
    db.pragma('foreign_keys = ON');
    const insert = (visit: string, result: string) =>
      db
        .prepare(`INSERT INTO visit_outcomes (visit_id, outcome, result, recorded_by, recorded_at) VALUES (?, 'done', ?, 'zhou', 'now')`)
        .run(visit, result);
    expect(() => insert('V-1', 'paid')).toThrow(/FOREIGN KEY/);
    db.prepare(
      `INSERT INTO visits (id, date, kind, customer_id, customer_name, phone, address, lat, lng, coord_system, windows_json, service_sec, priority,
         required_skills_json, approval_ref, status, notes, created_at, updated_at)
       VALUES ('V-1', '2026-11-23', 'collection', 'C-1', '测试', '1', 'a', 31, 121, 'wgs84', '[]', 600, 3, '[]', 'AP', 'planned', '', 0, 0)`,
    ).run();
    insert('V-1', 'paid');
    expect(() => insert('V-1', 'paid')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare(`UPDATE visit_outcomes SET result = 'lost' WHERE visit_id = 'V-1'`).run()).toThrow(/CHECK/);
  });
});
