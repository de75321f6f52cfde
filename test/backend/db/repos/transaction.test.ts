import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3';
import { openDatabase } from '../../../../electron/backend/db/open';
import { inTransaction } from '../../../../electron/backend/db/repos/transaction';
import { createVisitsRepo } from '../../../../electron/backend/db/repos/visits-repo';
import { createPlansRepo } from '../../../../electron/backend/db/repos/plans-repo';
import { createAuditRepo } from '../../../../electron/backend/db/repos/audit-repo';
import { makePlan, makeVisit } from '../builders';

describe('inTransaction', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('commits several repos together and returns the result', () => {
    const result = inTransaction(db, () => {
      createPlansRepo(db).save(makePlan('P-1'));
      createAuditRepo(db).append({ actor: 'test', action: 'plan.save', entity: 'plan', entityId: 'P-1' });
      return createVisitsRepo(db).upsertMany([makeVisit('V-1')]);
    });
    expect(result).toEqual({ inserted: 1, updated: 0 });
    expect(db.inTransaction).toBe(false);
    expect(createPlansRepo(db).current('2026-03-02')?.id).toBe('P-1');
    expect(createAuditRepo(db).list()).toHaveLength(1);
  });

  it("rolls back every repo write, including repos' own nested transactions, when fn throws", () => {
    const visits = createVisitsRepo(db);
    visits.upsertMany([makeVisit('V-1')]);
    expect(() =>
      inTransaction(db, () => {
        visits.upsertMany([makeVisit('V-2'), makeVisit('V-3')]);
        createPlansRepo(db).save(makePlan('P-1'));
        visits.setStatus(['V-1' as never], 'planned');
        throw new Error('service changed its mind');
      }),
    ).toThrow('service changed its mind');
    expect(visits.listByDate('2026-03-02').map((v) => [v.id, v.status])).toEqual([['V-1', 'approved']]);
    expect(createPlansRepo(db).current('2026-03-02')).toBeNull();
  });

  it('lets a caught failure inside undo only its own savepoint', () => {
    const visits = createVisitsRepo(db);
    inTransaction(db, () => {
      visits.upsertMany([makeVisit('V-1')]);
      expect(() => visits.upsertMany([makeVisit('V-2'), makeVisit('V-3', { status: 'lost' as never })])).toThrow(/CHECK/);
    });
    expect(visits.listByDate('2026-03-02').map((v) => v.id)).toEqual(['V-1']);
  });
});
