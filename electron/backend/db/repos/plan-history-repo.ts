import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { LocalDate, PlanId } from '../../../../shared/domain';

export type PlanHistoryRepo = ReturnType<typeof createPlanHistoryRepo>;

/**
 * Which stored plan version is a day's current one, and the day's redo stack (`plan_redo`). Moves
 * the current pointer only: plan rows themselves are never changed or deleted.
 */
export function createPlanHistoryRepo(db: Db) {
  const demote = db.prepare('UPDATE plans SET is_current = 0 WHERE date = ? AND is_current = 1');
  const promote = db.prepare('UPDATE plans SET is_current = 1 WHERE id = ? AND date = ?');
  const push = db.prepare(
    'INSERT INTO plan_redo (date, seq, plan_id) SELECT @date, COALESCE(MAX(seq), 0) + 1, @plan_id FROM plan_redo WHERE date = @date',
  );
  const top = db.prepare(
    `SELECT r.seq, p.id, p.parent_id FROM plan_redo r JOIN plans p ON p.id = r.plan_id
       WHERE r.date = ? ORDER BY r.seq DESC LIMIT 1`,
  );
  const remove = db.prepare('DELETE FROM plan_redo WHERE date = ? AND seq = ?');

  const makeCurrentTx = db.transaction((date: LocalDate, id: PlanId) => {
    demote.run(date);
    if (promote.run(id, date).changes !== 1) throw new Error(`plan ${id} is not a plan of ${date}`);
  });

  return {
    /** Makes a stored plan of the date its current one. */
    makeCurrent(date: LocalDate, id: PlanId): void {
      makeCurrentTx(date, id);
    },
    /** Remembers a plan that undo just left, for redo. */
    pushRedo(date: LocalDate, id: PlanId): void {
      push.run({ date, plan_id: id });
    },
    /** The plan redo would bring back, with its parent; null when the stack is empty. */
    peekRedo(date: LocalDate): { id: PlanId; parentId: PlanId | null } | null {
      const row = top.get(date) as { seq: number; id: string; parent_id: string | null } | undefined;
      return row ? { id: row.id as PlanId, parentId: row.parent_id as PlanId | null } : null;
    },
    /** Removes the top of the date's redo stack. */
    popRedo(date: LocalDate): void {
      const row = top.get(date) as { seq: number } | undefined;
      if (row) remove.run(date, row.seq);
    },
  };
}
