import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { dbVersion, migrate } from '../../../../electron/backend/db/migrate';

describe('migration 0020 travel cache', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
  });
  afterEach(() => db.close());

  it('adds travel_cache and keeps existing rows', () => {
    migrate(db, { to: 10 });
    db.exec(`INSERT INTO import_batches (kind, file_name, encoding, imported_at, row_count, inserted, updated, error_count)
      VALUES ('visits', 'a.csv', 'utf-8', 100, 3, 3, 0, 0)`);
    expect(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'travel_cache'").get()).toBeUndefined();

    migrate(db, { to: 20 });
    expect(dbVersion(db)).toBe(20);
    expect(db.prepare('SELECT file_name, row_count FROM import_batches').all()).toEqual([{ file_name: 'a.csv', row_count: 3 }]);
    const info = db.prepare("SELECT wr, strict FROM pragma_table_list WHERE name = 'travel_cache'").get();
    expect(info).toEqual({ wr: 1, strict: 1 });
  });

  it('keys legs by provider, mode and both ends', () => {
    migrate(db, { to: 20 });
    const insert = db.prepare('INSERT INTO travel_cache VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('osrm', 'driving', 'a', 'b', 60, 500);
    insert.run('osrm', 'walking', 'a', 'b', 600, 480);
    expect(() => insert.run('osrm', 'driving', 'a', 'b', 70, 500)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('osrm', 'driving', 'b', 'a', 1.5, 500)).toThrow(/cannot store REAL/);
  });
});
