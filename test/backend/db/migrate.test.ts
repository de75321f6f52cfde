import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import {
  DbFromFutureError,
  MigrationChangedError,
  assertMonotonic,
  dbVersion,
  migrate,
  migrationHash,
  schemaVersion,
} from '../../../electron/backend/db/migrate';
import { migrations, type Migration } from '../../../electron/backend/db/migrations';
import { openDatabase } from '../../../electron/backend/db/open';
import { useTempDir } from '../../support/temp-dir';

/** Made by the app of 2 December 2026 (schema 40, 12 demo visits), whose migrations were functions. */
const FIXTURE = fileURLToPath(new URL('../../fixtures/workspace-schema-40.sqlite', import.meta.url));
const tempDir = useTempDir();

const step = (version: number, sql: string): Migration => ({ version, name: `step-${version}`, sql });

describe('migrate', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
  });
  afterEach(() => db.close());

  it('brings a fresh database to the newest version and records each migration', () => {
    expect(migrate(db)).toEqual({ from: 0, to: schemaVersion(), applied: migrations.map((m) => m.version) });
    expect(dbVersion(db)).toBe(schemaVersion());
    expect(db.prepare('SELECT version, name, sha256 FROM _migrations ORDER BY version').all()).toEqual(
      migrations.map((m) => ({ version: m.version, name: m.name, sha256: migrationHash(m) })),
    );
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

  // New workspaces store these hashes. If this fails, a shipped migration's SQL changed and every
  // workspace made since would refuse to open: add a new migration instead of editing.
  it('keeps shipped migrations byte-for-byte (modulo whitespace)', () => {
    expect(Object.fromEntries(migrations.map((m) => [m.version, migrationHash(m)]))).toEqual({
      10: 'badd9a573aae2c040a939a619cea5ecdae87504aed36d3ca343c3cb8fde4d650',
      20: '4d4ff61691c22ca00e8e7f9a31c4af2625c6ad59567abc8937ae1ba5f3df8c64',
      30: '73a80b573540ee11449fdc092b9ca9c1938a4b886095c00b7513cabe40f43c19',
      40: '3b5721f8087a678978478207305c75ecfd2d60affad3e7b02646db3387bee0d3',
      50: '6c8ea9fb624743403b67d396f01d8abd21e3e2bc6e1f014bfe0a38ceb770d3ab',
      60: '1ae34fe4793898f79bf0e275b41874784ac488b64c7104a7b0d73f0c8a7d49bb',
      70: 'fa8c24c6c05a3413580e9ef0687b3205e13f8ff973d13c9e493f8e3fcc56eaab',
      80: 'a1f6f89418e65292a00404d588437c2ad727b35cc65639426aa4dd8d5ad7fa20',
      90: '8e1db0d324954757a853746670c9d7fa1dd557547c94fac47a215be2e1ab59e3',
      100: 'bbd2b8f14ef4ee5189a497a0aef99267a55a7d0e18ac083310f755009178b319',
      110: '0cc4a8327e303f777a45d442be09dd4bb2a0a545adb2a7ac53ad2bf0947ac1fa',
      120: 'ba3996c27cfbfcfb5124a204b9bac8d88c4263049e5a9ee3d4bc0e49156a06f3',
      130: '2319081d546fa2a8fac89a20a47d6caa90f07bafa37b8a977075277442139e97',
      140: '965cb51b2160c459e078f303f64862843e3001bf5e060b29395ff40b6ca4ab49',
      150: 'ad78f085f214d20b7be664e4e6c7f528259f13af67276281d4b10e07ad764ecf',
      160: '0b1df5b18a5d0f1a48ea214466bb698b4fe7616b75aaf5df9f2c9de1efebbdfe',
      170: '7df11d720859bc840462ef15328bf44cdb57db8516bfc5795302ee192e2b2f0b',
      180: 'fab0dfe4a3c4125d4d402119f88aad4fc9165f238b589c3c66663f0dda3ab91d',
      190: 'f254c676204768ede4a054964799ec59c54cfd50ec41a1af9a3e7080707c93d6',
      200: 'fccb814466e15d35a9a197106696fe5414e18a74ffc6fe8e24f87694c0bd33fa',
    });
  });

  // A workspace made before migrations were hashed by their SQL text (its _migrations rows hold the
  // hash of the compiled function that held the SQL) still opens, with its data.
  it('opens a workspace made before migrations were hashed by their SQL', () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    fs.copyFileSync(FIXTURE, file);
    const opened = openDatabase(file);
    try {
      expect(dbVersion(opened)).toBe(schemaVersion());
      expect(opened.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(12);
    } finally {
      opened.close();
    }
  });

  it('does not count reformatting as an edit', () => {
    const tidy = step(10, 'CREATE TABLE a (x INTEGER) STRICT');
    const spaced: Migration = { ...tidy, sql: '\n   CREATE TABLE a (x INTEGER)\n     STRICT;\n' };
    expect(migrationHash(spaced)).toBe(migrationHash(tidy));
  });

  it('runs all pending migrations in one transaction: a failure leaves version and tables unchanged', () => {
    const list = [
      step(10, 'CREATE TABLE a (x INTEGER) STRICT'),
      step(20, 'CREATE TABLE b (y INTEGER) STRICT'),
      step(30, 'CREATE TABLE nonsense ('),
    ];
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
