import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { badInput } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import { openDatabase, type OpenOptions } from './open';

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

/** Opens a workspace that must already be there: commands that read or change one never create it. */
export function openExistingWorkspace(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:' && workspaceFileState(file) !== 'exists') throw badInput(message('workspaceFile.missing', { file }));
  return openDatabase(file, options);
}

/** Opens a workspace, creating it when its folder exists; `created` says a new one was made. */
export function openOrCreateWorkspace(file: string, options: OpenOptions = {}): { db: Db; created: boolean } {
  const state = file === ':memory:' ? 'exists' : workspaceFileState(file);
  if (state === 'noFolder') throw badInput(message('workspaceFile.folderMissing', { file, folder: dirname(resolve(file)) }));
  return { db: openDatabase(file, options), created: state === 'new' };
}
