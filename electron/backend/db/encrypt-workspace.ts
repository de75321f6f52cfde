import { copyFileSync, existsSync, linkSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { badInput } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import { crashPoint } from '../crash-point';
import type { BackupActor } from './backup';
import type { WorkspaceKeys } from './key-ring';
import { openDatabase } from './open';
import { createRepos } from './repos';
import { encryptInPlace, generateWorkspaceKey, workspaceFileKind } from './workspace-key';
import { fileStamp, workspaceFileState } from './workspace-file';

/**
 * Encrypts the plain workspace `file` (issue 21). The encrypted workspace is made and checked
 * beside it (integrity, audit chain, an audit entry of its own) and only then renamed over it in
 * one step, so a crash at any moment leaves the plain workspace or the encrypted one, whole. With
 * `keepPlain` the plain file is kept as `<file>.plain-<time>`. The new key comes from the run
 * (`keys.given`) or is generated and kept in the ring before anything is written.
 */
export function encryptWorkspace(
  file: string,
  keys: WorkspaceKeys,
  by: BackupActor,
  options: { keepPlain?: boolean; nativeBinding?: string } = {},
): { copy: string | null } {
  const { nativeBinding } = options;
  if (workspaceFileState(file) !== 'exists') throw badInput(message('workspaceFile.missing', { file }));
  if (workspaceFileKind(file) === 'encrypted') throw badInput(message('encrypt.alreadyEncrypted', { file }));
  const stamp = fileStamp(by.clock);
  const staging = `${file}.encrypting-${stamp}`;
  // What a conversion killed earlier left (with a journal that must not roll into a new copy).
  const folder = dirname(resolve(file));
  for (const name of readdirSync(folder)) if (name.startsWith(`${basename(file)}.encrypting-`)) rmSync(join(folder, name), { force: true });
  // Fold the WAL into the file (and bring the schema up to date) so the copy below is the whole workspace.
  const plain = openDatabase(file, { nativeBinding });
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    // Leaving WAL needs every other connection closed: a workspace another program has open (the
    // app, `web`) is refused, as its writes would go to the file this one replaces.
    plain.pragma('busy_timeout = 250');
    try {
      plain.pragma('journal_mode = DELETE');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'SQLITE_BUSY') throw badInput(message('encrypt.inUse', { file }));
      throw error;
    }
    copyFileSync(file, staging);
  } finally {
    plain.close();
  }
  try {
    crashPoint('encrypt.copied');
    const key = keys.given?.key ?? generateWorkspaceKey();
    if (!keys.given) keys.ring.remember(file, key);
    const raw = new Database(staging, { fileMustExist: true, nativeBinding });
    try {
      // Re-encryption rewrites every page through the rollback journal: WAL cannot be rekeyed.
      raw.pragma('journal_mode = DELETE');
      encryptInPlace(raw, key);
    } finally {
      raw.close();
    }
    crashPoint('encrypt.rekeyed');
    const db = openDatabase(staging, { key, nativeBinding });
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new Error(`integrity_check after encryption: ${String(integrity)}`);
      const repos = createRepos(db, by.clock, by.actor);
      const verdict = repos.audit.verify();
      if (verdict.broken) throw badInput(message('restore.chainBroken', { from: file, id: verdict.broken.id }));
      repos.audit.append({ action: 'workspace.encrypted', entity: 'workspace', detail: { keptPlainCopy: options.keepPlain ?? false } });
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    crashPoint('encrypt.checked');
    const copy = options.keepPlain ? `${file}.plain-${stamp}` : null;
    if (copy) linkOrCopy(file, copy);
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
    renameSync(staging, file);
    crashPoint('encrypt.renamed');
    return { copy };
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(staging + suffix, { force: true });
  }
}

function linkOrCopy(from: string, to: string): void {
  if (existsSync(to)) rmSync(to);
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
