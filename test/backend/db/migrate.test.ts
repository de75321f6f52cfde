import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database, { type Database as Db } from 'better-sqlite3';
import {
  DbFromFutureError, MigrationChangedError, assertMonotonic, dbVersion, migrate, migrationHash, schemaVersion,
} from '../../../electron/backend/db/migrate';
import { migrations, type Migration } from '../../../electron/backend/db/migrations';

const step = (version: number, sql: string): Migration => ({
  version, name: `step-${version}`, up: new Function('db', `db.exec(${JSON.stringify(sql)})`) as Migration['up'],
});

describe('migrate', () => {
  let db: Db;
  beforeEach(() => { db = new Database(':memory:'); });
  afterEach(() => db.close());

  it('brings a fresh database to the newest version and records each migration', () => {
    expect(migrate(db)).toEqual({ from: 0, to: schemaVersion(), applied: migrations.map((m) => m.version) });
    expect(dbVersion(db)).toBe(schemaVersion());
    expect(db.prepare('SELECT version, name, sha256 FROM _migrations ORDER BY version').all())
      .toEqual(migrations.map((m) => ({ version: m.version, name: m.name, sha256: migrationHash(m) })));
    expect(migrate(db)).toEqual({ from: schemaVersion(), to: schemaVersion(), applied: [] });
  });

  it('lists the app migrations in increasing multiples of 10', () => {
    expect(() => assertMonotonic(migrations)).not.toThrow();
    expect(() => assertMonotonic([step(10, ''), step(30, ''), step(20, '')])).toThrow(/out of order/);
    expect(() => assertMonotonic([step(10, ''), step(15, '')])).toThrow(/out of order/);
    expect(() => migrate(db, { migrations: [step(20, ''), step(10, '')] })).toThrow(/out of order/);
  });

  it('refuses a database from a newer app version, untouched', () => {
    db.pragma(`user_version = ${schemaVersion() + 10}`);
    expect(() => migrate(db)).toThrow(DbFromFutureError);
    expect(dbVersion(db)).toBe(schemaVersion() + 10);
  });

  it('fails loudly when an applied migration was edited', () => {
    migrate(db, { migrations: [step(10, 'CREATE TABLE a (x INTEGER) STRICT')] });
    const edited = [step(10, 'CREATE TABLE a (x TEXT) STRICT'), step(20, 'CREATE TABLE b (y INTEGER) STRICT')];
    expect(() => migrate(db, { migrations: edited })).toThrow(MigrationChangedError);
    expect(dbVersion(db)).toBe(10);
    expect(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
  });

  // Databases in the field store these hashes. If this fails, a shipped migration (or the way the
  // build prints functions) changed and every existing workspace would refuse to open: add a new
  // migration instead of editing, and check tsx, the app bundle and Vitest still agree.
  it('keeps shipped migrations byte-for-byte (modulo whitespace)', () => {
    expect(Object.fromEntries(migrations.map((m) => [m.version, migrationHash(m)]))).toEqual({
      10: '00a9d12504e314b31cec714d63488d682e1f1b36e9c58848a124ff7f0a2b221b',
      20: '62a23ca0cb20626962906892013d8e651279a67b5bc11dca0751d1e188be68a4',
      30: '80ff35440b6bd9f33c6a4f9dc9054c3d1a859d4a407beff92c07142cd247eae7',
      40: '0aad491b36045c960966b4de8bba7910ecbedaf2fa23796c0b0cb98bd511847d',
    });
  });

  it('does not count reformatting as an edit', () => {
    const tidy = step(10, 'CREATE TABLE a (x INTEGER) STRICT');
    const spaced: Migration = { ...tidy, up: new Function('db', '\n   db.exec(  "CREATE TABLE a (x INTEGER) STRICT" )\n') as Migration['up'] };
    expect(migrationHash(spaced)).toBe(migrationHash(tidy));
  });

  it('runs all pending migrations in one transaction: a failure leaves version and tables unchanged', () => {
    const list = [step(10, 'CREATE TABLE a (x INTEGER) STRICT'), step(20, 'CREATE TABLE b (y INTEGER) STRICT'), step(30, 'CREATE TABLE nonsense (')];
    migrate(db, { migrations: list, to: 10 });
    expect(() => migrate(db, { migrations: list })).toThrow();
    expect(dbVersion(db)).toBe(10);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual(['_migrations', 'a']);
    expect(db.prepare('SELECT version FROM _migrations').pluck().all()).toEqual([10]);
  });

  it('stops at a target and refuses unknown targets and going down', () => {
    expect(migrate(db, { to: 10 }).applied).toEqual([10]);
    expect(() => migrate(db, { to: 15 })).toThrow(/no migration has version 15/);
    migrate(db);
    expect(() => migrate(db, { to: 10 })).toThrow(/cannot migrate down/);
  });
});
