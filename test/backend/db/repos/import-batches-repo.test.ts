import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createImportBatchesRepo } from '../../../../electron/backend/db/repos/import-batches-repo';
import { fixedClock } from '../builders';

const batch = {
  kind: 'visits' as const,
  fileName: '外访名单.csv',
  encoding: 'gb18030',
  rowCount: 10,
  inserted: 7,
  updated: 2,
  errorCount: 1,
};

describe('import batches repo', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('records batches with ids and lists the latest first', () => {
    const clock = fixedClock('2026-03-01T08:00:00.900Z');
    const repo = createImportBatchesRepo(db, clock.now);
    const first = repo.record(batch);
    const second = repo.record({ ...batch, kind: 'officers', fileName: 'roster.xlsx', importedAt: '2026-03-02T10:00:00Z' });
    expect(second).toBe(first + 1);
    expect(repo.list(10)).toEqual([
      { ...batch, id: second, kind: 'officers', fileName: 'roster.xlsx', importedAt: '2026-03-02T10:00:00.000Z' },
      // Stored to the whole second.
      { ...batch, id: first, importedAt: '2026-03-01T08:00:00.000Z' },
    ]);
    expect(repo.list(1).map((b) => b.id)).toEqual([second]);
  });

  it('refuses an unknown kind', () => {
    const repo = createImportBatchesRepo(db);
    expect(() => repo.record({ ...batch, kind: 'payments' as never })).toThrow(/CHECK/);
  });
});
