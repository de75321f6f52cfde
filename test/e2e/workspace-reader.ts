import Database from 'better-sqlite3-multiple-ciphers';

/** Reads a workspace file as another SQLite client would, without writing: what a test checks the app stored. */
export function workspaceReader(dbPath: string) {
  return <T>(sql: string, ...params: unknown[]): T[] => {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  };
}
