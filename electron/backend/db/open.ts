import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { AppError, badInput } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import { DbFromFutureError, dbVersion, migrate, schemaVersion } from './migrate';
import { applyWorkspaceKey } from './workspace-key';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron); default: the Node build. */
  nativeBinding?: string;
  /** Open without writing: no pragmas that write, no migrations (the file must be up to date). */
  readonly?: boolean;
  /** The key of an encrypted workspace (see workspace-key.ts); without it the file is plain SQLite. */
  key?: string;
}

/**
 * Opens (creating if needed) a workspace database, sets the pragmas every connection needs and
 * migrates it. Files that are not ours to open become `bad_input` errors naming the file.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const isMemory = file === ':memory:';
  const isReadonly = options.readonly ?? false;
  if (!isMemory && !isReadonly) mkdirSync(dirname(file), { recursive: true });

  let db: Db;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding, readonly: isReadonly });
  } catch (error) {
    throw explain(file, error);
  }
  try {
    if (options.key !== undefined) applyWorkspaceKey(db, options.key);
    // WAL lets the UI read while a plan is saved; it needs a real file and a writable connection.
    if (!isMemory && !isReadonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!isReadonly) db.pragma('synchronous = NORMAL');
    if (isReadonly && dbVersion(db) < schemaVersion()) {
      throw badInput(message('workspace.tooOld', { file }));
    }
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw explain(file, error);
  }
}

/** Where a workspace's database lives: `<userDataDir>/workspaces/<workspace>.sqlite`. */
export function defaultDatabasePath(userDataDir: string, workspace = 'default'): string {
  // The name becomes a file name: refuse anything that could climb out of the folder.
  if (!/^[\p{L}\p{N}_-]{1,64}$/u.test(workspace)) {
    throw badInput(message('workspace.badName', { name: workspace }));
  }
  return join(userDataDir, 'workspaces', `${workspace}.sqlite`);
}

function explain(file: string, error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof DbFromFutureError) {
    const versions = { file, dbVersion: error.dbVersion, appVersion: error.appVersion };
    return new AppError('bad_input', message('workspace.fromFuture', versions), error);
  }
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('bad_input', message('workspace.notADatabase', { file }), error);
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new AppError('bad_input', message('workspace.cannotOpen', { file }), error);
  }
  return error;
}
