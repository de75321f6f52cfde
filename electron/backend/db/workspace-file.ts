import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { badInput } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import type { WorkspaceKeys } from './key-ring';
import { openDatabase, type OpenOptions } from './open';
import { applyWorkspaceKey, generateWorkspaceKey, workspaceFileKind } from './workspace-key';

/**
 * Whether a path names a workspace: there already, new in a folder that exists, or impossible
 * because its folder is missing (a mistyped path must not grow folders and an empty workspace).
 */
export type WorkspaceFileState = 'exists' | 'new' | 'noFolder';

export function workspaceFileState(file: string): WorkspaceFileState {
  if (existsSync(file)) return 'exists';
  const folder = dirname(resolve(file));
  return existsSync(folder) && statSync(folder).isDirectory() ? 'new' : 'noFolder';
}

/** A file name stamp from the clock, for copies kept beside a workspace: `20261207T181500Z`. */
export function fileStamp(clock: () => Date): string {
  return clock()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** How a workspace is opened: the database options, and where its key comes from. */
export interface WorkspaceOpenOptions extends Omit<OpenOptions, 'key'> {
  keys: WorkspaceKeys;
}

/** Opens a workspace that must already be there: commands that read or change one never create it. */
export function openExistingWorkspace(file: string, options: WorkspaceOpenOptions): Db {
  if (file === ':memory:') return openDatabase(file, options);
  if (workspaceFileState(file) !== 'exists') throw badInput(message('workspaceFile.missing', { file }));
  return openWorkspaceFile(file, options).db;
}

/**
 * Opens a workspace, creating it when its folder exists: `created` says a new one was made,
 * `encrypted: false` that it was made unencrypted (`--plain`).
 */
export function openOrCreateWorkspace(file: string, options: WorkspaceOpenOptions): { db: Db; created: boolean; encrypted: boolean } {
  if (file === ':memory:') return { db: openDatabase(file, options), created: false, encrypted: false };
  if (workspaceFileState(file) === 'noFolder') {
    throw badInput(message('workspaceFile.folderMissing', { file, folder: dirname(resolve(file)) }));
  }
  return openWorkspaceFile(file, options);
}

/**
 * An encrypted workspace opens with the key given for the run, or else with a key the ring keeps
 * (the one it was made with first); a plain one only when the run allows plain workspaces; a new
 * one is made encrypted with a new key the ring keeps first, unless the run asks for plain.
 */
function openWorkspaceFile(file: string, options: WorkspaceOpenOptions): { db: Db; created: boolean; encrypted: boolean } {
  const { keys, ...open } = options;
  const kind = workspaceFileKind(file);
  if (kind === 'none') {
    if (keys.plain) return { db: openDatabase(file, open), created: true, encrypted: false };
    const key = keys.given?.key ?? generateWorkspaceKey();
    // Kept before the file exists: a crash in between leaves a key without a workspace, never the reverse.
    if (!keys.given) keys.ring.remember(file, key);
    return { db: openDatabase(file, { ...open, key }), created: true, encrypted: true };
  }
  if (kind === 'plain') {
    if (!keys.plain) throw badInput(message('workspaceKey.plainWorkspace', { file }));
    return { db: openDatabase(file, open), created: false, encrypted: false };
  }
  const key = workspaceKeyOf(file, keys, open.nativeBinding);
  return { db: openDatabase(file, { ...open, key }), created: false, encrypted: true };
}

/** The key that opens the encrypted workspace `file`, or a sentence saying none does and what to do. */
export function workspaceKeyOf(file: string, keys: WorkspaceKeys, nativeBinding?: string): string {
  if (keys.given) {
    if (opensWith(file, keys.given.key, nativeBinding)) return keys.given.key;
    throw badInput(message('workspaceKey.givenDoesNotOpen', { file, source: keys.given.source }));
  }
  const candidates = keys.ring.keysFor(file);
  const key = candidates.find((k) => opensWith(file, k, nativeBinding));
  if (key === undefined) throw badInput(message('workspaceKey.noKey', { file }));
  if (key !== candidates[0]) keys.ring.remember(file, key);
  return key;
}

function opensWith(file: string, key: string, nativeBinding?: string): boolean {
  const db = new Database(file, { fileMustExist: true, nativeBinding });
  try {
    applyWorkspaceKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') return false;
    throw error;
  } finally {
    db.close();
  }
}
