import type { Database as Db, Statement } from 'better-sqlite3-multiple-ciphers';
import { unixSeconds, type Clock } from './clock';
import { crashPoint } from '../../crash-point';

/**
 * Inserts new rows and overwrites existing ones by id, all in one transaction, counting which
 * was which (the import report tells the dispatcher).
 */
export function upsertById<T extends { id: string }>(
  db: Db,
  statements: { exists: Statement; insert: Statement; update: Statement },
  toRow: (item: T) => object,
  clock: Clock,
): (items: readonly T[]) => { inserted: number; updated: number } {
  return db.transaction((items: readonly T[]) => {
    const now = unixSeconds(clock);
    let inserted = 0;
    let updated = 0;
    for (const item of items) {
      const row = { ...toRow(item), now };
      if (statements.exists.get(item.id)) {
        statements.update.run(row);
        updated += 1;
      } else {
        statements.insert.run(row);
        inserted += 1;
      }
      crashPoint('rows.upsert');
    }
    return { inserted, updated };
  });
}
