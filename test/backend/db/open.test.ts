import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/api/errors';
import { defaultDatabasePath, openDatabase } from '../../../electron/backend/db/open';
import { dbVersion, schemaVersion } from '../../../electron/backend/db/migrate';
import { createVisitsRepo } from '../../../electron/backend/db/repos/visits-repo';
import { makeVisit } from './builders';

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('openDatabase', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dispatch-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the folder, uses WAL and the pragmas, and migrates', () => {
    const file = join(dir, 'nested', 'workspaces', 'w.sqlite');
    const db = openDatabase(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(dbVersion(db)).toBe(schemaVersion());
    createVisitsRepo(db).upsertMany([makeVisit('V-1')]);
    db.close();

    const again = openDatabase(file);
    expect(createVisitsRepo(again).get(makeVisit('V-1').id)).toStrictEqual(makeVisit('V-1'));
    again.close();
  });

  it('opens :memory: without WAL', () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('journal_mode', { simple: true })).toBe('memory');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('explains, in both languages, a file that is not a database', () => {
    const file = join(dir, 'visits.csv');
    writeFileSync(file, 'id,date,kind\nV-1,2026-03-02,collection\n'.repeat(200));
    const error = catchError(() => openDatabase(file));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('bad_input');
    expect((error as AppError).userMessage.en).toContain(file);
    expect((error as AppError).userMessage.en).toMatch(/not a workspace database/);
    expect((error as AppError).userMessage.zh).toContain(file);
  });

  it('refuses a file from a newer app version with a bad_input error', () => {
    const file = join(dir, 'future.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${schemaVersion() + 100}`);
    raw.close();
    const error = catchError(() => openDatabase(file)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('bad_input');
    expect(error.userMessage.en).toMatch(/newer version/);
    expect(error.userMessage.en).toContain(file);
  });

  it('opens an up-to-date file read-only, and refuses to migrate one read-only', () => {
    const file = join(dir, 'w.sqlite');
    openDatabase(file).close();
    const readonly = openDatabase(file, { readonly: true });
    expect(() => createVisitsRepo(readonly).upsertMany([makeVisit('V-1')])).toThrow(/readonly/);
    readonly.close();

    const old = join(dir, 'old.sqlite');
    new Database(old).close();
    expect(catchError(() => openDatabase(old, { readonly: true }))).toBeInstanceOf(AppError);
  });

  it('reports a file it cannot open', () => {
    const error = catchError(() => openDatabase(join(dir, 'missing.sqlite'), { readonly: true })) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.userMessage.en).toMatch(/could not be opened/);
  });
});

describe('defaultDatabasePath', () => {
  it('puts workspaces under the user data folder', () => {
    expect(defaultDatabasePath(join('data', 'app'))).toBe(join('data', 'app', 'workspaces', 'default.sqlite'));
    expect(defaultDatabasePath('u', '上海-east_2')).toBe(join('u', 'workspaces', '上海-east_2.sqlite'));
  });

  it('refuses names that could escape the folder', () => {
    for (const name of ['../x', 'a/b', '', 'a.b']) {
      expect(() => defaultDatabasePath('u', name)).toThrow(AppError);
    }
  });
});
