import { rawWorkspace } from '../support/workspace-keys';

/** Reads a workspace file as another SQLite client given its key would, without writing: what a test checks the app stored. */
export function workspaceReader(dbPath: string) {
  return <T>(sql: string, ...params: unknown[]): T[] => {
    const db = rawWorkspace(dbPath);
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  };
}
