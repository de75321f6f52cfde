import path from 'node:path';
import { createEventHub } from '../../electron/backend/events';
import { createHandlers, type HandlerDeps } from '../../electron/backend/handlers';
import { TEST_NOW, type TestWorkspace } from './test-workspace';
import { openWorkspaceFile } from './workspace-keys';

/**
 * The real back end over a workspace file `north.sqlite` in `dir` (encrypted, as the app makes it),
 * with its backups under `dir/backups`: what backups need, which an in-memory workspace has none of.
 */
export function openFileTestWorkspace(dir: string, deps: Partial<HandlerDeps> = {}): TestWorkspace & { backupsFolder: string } {
  const db = openWorkspaceFile(path.join(dir, 'north.sqlite'));
  const events = deps.events ?? createEventHub();
  const backupsFolder = path.join(dir, 'backups');
  const unexpected: string[] = [];
  const handlers = createHandlers(db, {
    clock: () => TEST_NOW,
    backupsFolder,
    logError: (where, error) => unexpected.push(`${where} ${error instanceof Error ? error.stack : String(error)}`),
    ...deps,
    events,
  });
  return { db, events, handlers, unexpected, backupsFolder, close: () => db.close() };
}
