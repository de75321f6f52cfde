import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { workspaceKeysFrom, type WorkspaceKeys } from '../../electron/backend/db/key-ring';
import { openOrCreateWorkspace, workspaceKeyOf } from '../../electron/backend/db/workspace-file';
import { applyWorkspaceKey, workspaceFileKind } from '../../electron/backend/db/workspace-key';

/** The test run's keys: the ring in its user-data folder (see test-user-data.ts), as the CLI and servers use it. */
export const testKeys = (): WorkspaceKeys => workspaceKeysFrom(process.env);

/**
 * Opens a workspace file the way the app does (made encrypted when new), with the test run's
 * keys; `plain` also opens (and makes) unencrypted ones.
 */
export function openWorkspaceFile(file: string, options: { readonly?: boolean; plain?: boolean } = {}): Db {
  const { plain, ...open } = options;
  return openOrCreateWorkspace(file, { ...open, keys: { ...testKeys(), plain } }).db;
}

/** The key the test run's ring keeps for the encrypted workspace `file`. */
export const keyOf = (file: string): string => workspaceKeyOf(file, testKeys());

/**
 * A bare connection to a workspace file, as another SQLite client given its key would open it: no
 * pragmas, no migrations (read-only unless asked).
 */
export function rawWorkspace(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? true, fileMustExist: true });
  if (workspaceFileKind(file) === 'encrypted') applyWorkspaceKey(db, keyOf(file));
  return db;
}
