import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { dbVersion, migrate } from '../../../../electron/backend/db/migrate';

describe('migration 0030 settings', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
  });
  afterEach(() => db.close());

  it('adds the settings table and keeps existing travel cache rows', () => {
    migrate(db, { to: 20 });
    db.prepare('INSERT INTO travel_cache VALUES (?, ?, ?, ?, ?, ?)').run('haversine', 'driving', 'a', 'b', 60, 500);
    expect(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'settings'").get()).toBeUndefined();

    migrate(db, { to: 30 });
    expect(dbVersion(db)).toBe(30);
    expect(db.prepare('SELECT duration_sec FROM travel_cache').get()).toEqual({ duration_sec: 60 });
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('verification_secret', 'x'.repeat(43));
    expect(() => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('verification_secret', 'y')).toThrow(
      /UNIQUE|PRIMARY KEY/,
    );
    expect(() => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('', 'y')).toThrow(/CHECK/);
  });
});
