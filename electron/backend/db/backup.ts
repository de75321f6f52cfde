import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { AppError, badInput } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import { crashPoint } from '../crash-point';
import { createRepos } from './repos';
import { dbVersion, schemaVersion } from './migrate';
import type { WorkspaceKeys } from './key-ring';
import { openDatabase } from './open';
import { fileStamp, workspaceFileState, workspaceKeyOf } from './workspace-file';
import { applyWorkspaceKey, workspaceFileKind } from './workspace-key';

/** Who a backup or restore is done by, and when. */
export interface BackupActor {
  actor: string;
  clock: () => Date;
}

/**
 * An online, consistent copy of an open workspace: other connections keep reading and writing
 * meanwhile, and the copy is one committed state. It is made with `VACUUM INTO`, which writes an
 * encrypted workspace's copy encrypted with the same key (SQLite's backup API refuses to copy
 * an encrypted database into a new file). The backup is audited first, so the copy holds its own entry.
 */
export function backupWorkspace(db: Db, out: string, by: BackupActor): { entries: number } {
  if (existsSync(out)) throw badInput(message('backup.outExists', { out }));
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const repos = createRepos(db, by.clock, by.actor);
  // IMMEDIATE: wait (busy_timeout) for another process's write to end, rather than fail on upgrading a read.
  const entry = db
    .transaction(() => repos.audit.append({ action: 'workspace.backedUp', entity: 'workspace', detail: { out: resolve(out) } }))
    .immediate();
  // Written under a temporary name and renamed: a backup file that exists is a whole one.
  const staging = `${out}.partial`;
  rmSync(staging, { force: true });
  db.prepare('VACUUM INTO ?').run(staging);
  crashPoint('backup.written');
  renameSync(staging, out);
  return { entries: entry };
}

/**
 * Replaces the workspace `file` with the backup `from` only once a copy of it passes every check
 * (integrity, schema version, audit chain); the replaced file is kept beside it as
 * `<file>.replaced-<time>`. Returns that name, or null when there was nothing to replace.
 */
export function restoreWorkspace(file: string, from: string, by: BackupActor, keys: WorkspaceKeys): { kept: string | null } {
  if (!existsSync(from)) throw badInput(message('restore.fromMissing', { from }));
  if (workspaceFileState(file) === 'noFolder')
    throw badInput(message('workspaceFile.folderMissing', { file, folder: dirname(resolve(file)) }));
  const key = workspaceFileKind(from) === 'encrypted' ? workspaceKeyOf(from, keys) : undefined;
  const stamp = fileStamp(by.clock);
  const staging = `${file}.restoring-${stamp}`;
  copyFileSync(from, staging);
  try {
    checkBackup(staging, from, key);
    const db = openDatabase(staging, { key });
    try {
      const verdict = createRepos(db).audit.verify();
      if (verdict.broken) throw badInput(message('restore.chainBroken', { from, id: verdict.broken.id }));
      createRepos(db, by.clock, by.actor).audit.append({
        action: 'workspace.restored',
        entity: 'workspace',
        detail: { from: resolve(from) },
      });
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    if (key !== undefined && !keys.given) keys.ring.remember(file, key);
    const kept = existsSync(file) ? `${file}.replaced-${stamp}` : null;
    // The replaced workspace keeps its WAL beside it under its new name, so the kept copy is whole.
    if (kept) for (const suffix of ['-wal', '-shm', '']) if (existsSync(file + suffix)) renameSync(file + suffix, kept + suffix);
    renameSync(staging, file);
    return { kept };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(staging + suffix, { force: true });
  }
}

/** A backup file that SQLite reads as whole and this app can open: refused with the reason otherwise. */
function checkBackup(copy: string, from: string, key: string | undefined): void {
  let db: Db | undefined;
  try {
    db = new Database(copy, { fileMustExist: true });
    if (key !== undefined) applyWorkspaceKey(db, key);
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw badInput(message('restore.damaged', { from, detail: String(result) }));
    const version = dbVersion(db);
    if (version > schemaVersion()) {
      throw badInput(message('restore.fromFuture', { from, dbVersion: version, appVersion: schemaVersion() }));
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const detail = (error as { code?: unknown }).code ?? (error instanceof Error ? error.message : String(error));
    throw badInput(message('restore.damaged', { from, detail: String(detail) }));
  } finally {
    db?.close();
  }
}
