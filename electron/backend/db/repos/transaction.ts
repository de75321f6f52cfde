import type { Database as Db } from 'better-sqlite3';

/**
 * Runs `fn` in one transaction: all of its writes commit together or none do. Repos' own
 * transactions inside `fn` become savepoints (better-sqlite3 nests them), so services can compose
 * several repo calls atomically. `fn` must be synchronous; an exception rolls everything back.
 */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn)();
}
