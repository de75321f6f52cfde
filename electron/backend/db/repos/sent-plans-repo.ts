import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { LocalDate, PlanId } from '../../../../shared/domain';

export type SentPlansRepo = ReturnType<typeof createSentPlansRepo>;

/**
 * Which plan version a day's itineraries went out with, read from the audit log: an export that
 * dispatched visits names its plan there, in the same transaction as the visits' new status.
 */
export function createSentPlansRepo(db: Db) {
  const firstSent = db
    .prepare<[string], string>(
      `SELECT a.entity_id FROM audit_log a JOIN plans p ON p.id = a.entity_id
         WHERE a.entity = 'plan' AND a.action = 'export.day' AND p.date = ?
           AND json_extract(a.detail_json, '$.dispatched') > 0
         ORDER BY a.id LIMIT 1`,
    )
    .pluck();

  return {
    /** The plan the date's visits were first sent to the field with, or null when none went out. */
    firstSentPlanId(date: LocalDate): PlanId | null {
      return (firstSent.get(date) as PlanId | undefined) ?? null;
    },
  };
}
