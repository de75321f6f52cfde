import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { PlanId } from '../../../../shared/domain';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createPlansRepo } from '../../../../electron/backend/db/repos/plans-repo';
import { createPlanHistoryRepo } from '../../../../electron/backend/db/repos/plan-history-repo';
import { makePlan } from '../builders';

describe('plan history repo', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
    const plans = createPlansRepo(db);
    plans.save(makePlan('P-1'));
    plans.save(makePlan('P-2', { parentId: 'P-1' as PlanId }));
    plans.save(makePlan('P-3', { parentId: 'P-2' as PlanId }));
  });
  afterEach(() => db.close());

  it('moves the current pointer to another stored plan of the day only', () => {
    const history = createPlanHistoryRepo(db);
    history.makeCurrent('2026-03-02', 'P-1' as PlanId);
    expect(createPlansRepo(db).currentId('2026-03-02')).toBe('P-1');
    expect(() => history.makeCurrent('2026-03-03', 'P-2' as PlanId)).toThrow(/not a plan of 2026-03-03/);
    expect(() => history.makeCurrent('2026-03-02', 'P-9' as PlanId)).toThrow(/not a plan/);
    expect(createPlansRepo(db).currentId('2026-03-02')).toBe('P-1');
  });

  it("keeps a last-in, first-out redo stack per day with each entry's parent", () => {
    const history = createPlanHistoryRepo(db);
    expect(history.peekRedo('2026-03-02')).toBeNull();
    history.pushRedo('2026-03-02', 'P-3' as PlanId);
    history.pushRedo('2026-03-02', 'P-2' as PlanId);
    expect(history.peekRedo('2026-03-03')).toBeNull();
    expect(history.peekRedo('2026-03-02')).toEqual({ id: 'P-2', parentId: 'P-1' });
    history.popRedo('2026-03-02');
    expect(history.peekRedo('2026-03-02')).toEqual({ id: 'P-3', parentId: 'P-2' });
    history.popRedo('2026-03-02');
    history.popRedo('2026-03-02');
    expect(history.peekRedo('2026-03-02')).toBeNull();
  });
});
