import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { AppError, badInput } from '../../../shared/api/errors';
import { DbFromFutureError, dbVersion, migrate, schemaVersion } from './migrate';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron); default: the Node build. */
  nativeBinding?: string;
  /** Open without writing: no pragmas that write, no migrations (the file must be up to date). */
  readonly?: boolean;
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
    // WAL lets the UI read while a plan is saved; it needs a real file and a writable connection.
    if (!isMemory && !isReadonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!isReadonly) db.pragma('synchronous = NORMAL');
    if (isReadonly && dbVersion(db) < schemaVersion()) {
      throw badInput(
        `The workspace file ${file} was made by an older version of this app; open it normally once to upgrade it.`,
        `工作区文件 ${file} 由旧版本创建，请先以正常方式打开一次以完成升级。`,
      );
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
    throw badInput(
      `The workspace name "${workspace}" may use only letters, digits, _ and - (at most 64).`,
      `工作区名称“${workspace}”只能包含字母、数字、_ 和 -（最多 64 个字符）。`,
    );
  }
  return join(userDataDir, 'workspaces', `${workspace}.sqlite`);
}

function explain(file: string, error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof DbFromFutureError) {
    return new AppError('bad_input', {
      en: `The workspace file ${file} was saved by a newer version of this app (schema ${error.dbVersion}, this app knows ${error.appVersion}); please update the app.`,
      zh: `工作区文件 ${file} 由更新版本的本应用保存（结构版本 ${error.dbVersion}，本应用支持 ${error.appVersion}），请升级应用。`,
    }, error);
  }
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('bad_input', {
      en: `The file ${file} is not a workspace database (or it is damaged); choose another file.`,
      zh: `文件 ${file} 不是工作区数据库（或已损坏），请选择其他文件。`,
    }, error);
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new AppError('bad_input', {
      en: `The workspace file ${file} could not be opened; check that it exists and that you may write to its folder.`,
      zh: `无法打开工作区文件 ${file}，请确认文件存在且其所在文件夹可写。`,
    }, error);
  }
  return error;
}
