import { createHash } from 'node:crypto';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { migrations as allMigrations, type Migration } from './migrations';

/** The database file was written by a newer app version; opening it could lose data. */
export class DbFromFutureError extends Error {
  readonly dbVersion: number;
  readonly appVersion: number;

  constructor(dbVersion: number, appVersion: number) {
    super(`database schema version ${dbVersion} is newer than this app's ${appVersion}`);
    this.name = 'DbFromFutureError';
    this.dbVersion = dbVersion;
    this.appVersion = appVersion;
  }
}

/** An applied migration's SQL no longer matches what was applied: someone edited a shipped migration. */
export class MigrationChangedError extends Error {
  readonly version: number;

  constructor(version: number, migrationName: string) {
    super(`migration ${version} (${migrationName}) changed after it was applied; add a new migration instead`);
    this.name = 'MigrationChangedError';
    this.version = version;
  }
}

export interface MigrateOptions {
  /** Stop at this version (tests); default: the newest. */
  to?: number;
  /** Replaces the app's list (tests only). */
  migrations?: readonly Migration[];
}

export interface MigrateResult {
  from: number;
  to: number;
  applied: number[];
}

/** The schema version this build of the app writes. */
export function schemaVersion(list: readonly Migration[] = allMigrations): number {
  return list.length === 0 ? 0 : list[list.length - 1].version;
}

/** The database's `PRAGMA user_version`. */
export function dbVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Hash of a migration's SQL text. Whitespace and semicolons are dropped first, so reformatting a
 * migration is not an edit; no compiler or bundler sees a string, so an upgrade cannot change it.
 */
export function migrationHash(migration: Migration): string {
  return sha256(migration.sql.replace(/[\s;]+/g, ''));
}

/**
 * The hash workspaces made before December 2026 store: the printed text of the function
 * `up(db) { db.exec(`…sql…`); }` that held the SQL then, stripped the same way. Accepted on open so
 * those workspaces keep opening; new rows get the SQL hash.
 */
function hashBeforeSqlText(migration: Migration): string {
  return sha256(`up(db){db.exec(\`${migration.sql}\`)}`.replace(/[\s;]+/g, ''));
}

/** Throws unless versions are positive multiples of 10, strictly increasing, with unique names. */
export function assertMonotonic(list: readonly Migration[]): void {
  let previous = 0;
  for (const m of list) {
    if (!Number.isInteger(m.version) || m.version % 10 !== 0 || m.version <= previous) {
      throw new Error(`migration list out of order at version ${m.version} (${m.name}); expected > ${previous}, multiple of 10`);
    }
    previous = m.version;
  }
}

/**
 * Brings the schema up to `to` (default newest): checks applied migrations are unchanged, then runs
 * every pending one, records it in `_migrations` and bumps `user_version`, all in one transaction,
 * so a failure leaves the file exactly as it was. Writes nothing when nothing is pending.
 */
export function migrate(db: Db, options: MigrateOptions = {}): MigrateResult {
  const list = options.migrations ?? allMigrations;
  assertMonotonic(list);
  const latest = schemaVersion(list);
  const target = options.to ?? latest;
  if (target !== 0 && !list.some((m) => m.version === target)) {
    throw new Error(`no migration has version ${target}`);
  }
  const from = dbVersion(db);
  if (from > latest) throw new DbFromFutureError(from, latest);
  if (target < from) throw new Error(`cannot migrate down from ${from} to ${target}`);
  verifyApplied(db, list, from);

  const pending = list.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from, applied: [] };
  db.transaction(() => {
    ensureMigrationsTable(db);
    const record = db.prepare('INSERT INTO _migrations (version, name, sha256) VALUES (?, ?, ?)');
    for (const m of pending) {
      db.exec(m.sql);
      record.run(m.version, m.name, migrationHash(m));
    }
    // user_version is written in the same transaction, so a rollback also restores it.
    db.pragma(`user_version = ${target}`);
  })();
  return { from, to: target, applied: pending.map((m) => m.version) };
}

function ensureMigrationsTable(db: Db): void {
  db.exec(`
      CREATE TABLE IF NOT EXISTS _migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        applied_at INTEGER NOT NULL DEFAULT (unixepoch())
      ) STRICT;
  `);
}

function verifyApplied(db: Db, list: readonly Migration[], current: number): void {
  if (current === 0) return;
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'").get();
  if (!hasTable) throw new Error(`database is at version ${current} but has no _migrations table`);
  const rows = db.prepare('SELECT version, name, sha256 FROM _migrations ORDER BY version').all() as {
    version: number;
    name: string;
    sha256: string;
  }[];
  const byVersion = new Map(rows.map((r) => [r.version, r]));
  for (const m of list) {
    if (m.version > current) break;
    const row = byVersion.get(m.version);
    if (!row) throw new Error(`migration ${m.version} (${m.name}) is missing from _migrations`);
    if (row.sha256 !== migrationHash(m) && row.sha256 !== hashBeforeSqlText(m)) throw new MigrationChangedError(m.version, m.name);
  }
}
