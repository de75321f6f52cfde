import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { RetentionSettings } from '../../../../shared/api/retention';
import type { LocalDate } from '../../../../shared/domain';
import { ERASED_TEXT, FINISHED_STATUSES } from '../../../../shared/logic/retention';
import { unixSeconds, type Clock } from './clock';

const DEFAULT_RETENTION: RetentionSettings = { keepDays: null };
const FINISHED = FINISHED_STATUSES.map((s) => `'${s}'`).join(', ');

/** Finished visits before a day that still hold personal data (or their outcome still has remarks). */
const STILL_PERSONAL = `
  v.date < @before AND v.status IN (${FINISHED})
  AND (v.customer_name <> @erased OR v.phone <> '' OR v.address <> @erased OR v.notes <> ''
       OR EXISTS (SELECT 1 FROM visit_outcomes o WHERE o.visit_id = v.id AND o.remarks <> ''))`;

export type RetentionRepo = ReturnType<typeof createRetentionRepo>;

/**
 * The retention setting (kept in `settings`) and the purge's statements. The audit log is never
 * touched: its rows are hashed into the chain and its triggers refuse updates.
 */
export function createRetentionRepo(db: Db, clock: Clock) {
  const read = db.prepare<[], { value: string }>(`SELECT value FROM settings WHERE key = 'retention_settings'`);
  const write = db.prepare<[string]>(
    `INSERT INTO settings (key, value) VALUES ('retention_settings', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  const perDate = db.prepare<{ before: string; erased: string }, { date: LocalDate; visits: number }>(
    `SELECT v.date AS date, count(*) AS visits FROM visits v WHERE ${STILL_PERSONAL} GROUP BY v.date ORDER BY v.date`,
  );
  const pendingIds = db.prepare<{ before: string; erased: string }, { id: string }>(
    `SELECT v.id AS id FROM visits v WHERE ${STILL_PERSONAL}`,
  );
  const eraseVisit = db.prepare<{ id: string; erased: string; now: number }>(
    `UPDATE visits SET customer_name = @erased, phone = '', address = @erased, notes = '', updated_at = @now WHERE id = @id`,
  );
  const eraseRemarks = db.prepare<[string]>(`UPDATE visit_outcomes SET remarks = '' WHERE visit_id = ?`);
  // Plan versions keep the visit records an edit changed (for undo): their personal fields go too.
  const planRecords = db.prepare<[], { id: string; json: string }>(
    `SELECT id, visit_changes_json AS json FROM plans WHERE visit_changes_json <> '[]'`,
  );
  const writePlanRecords = db.prepare<[string, string]>(`UPDATE plans SET visit_changes_json = ? WHERE id = ?`);
  const exports = db.prepare<[], { at: string; detail_json: string }>(
    `SELECT at, detail_json FROM audit_log WHERE action = 'export.day' ORDER BY id`,
  );
  return {
    settings(): RetentionSettings {
      const stored = read.get();
      const parsed = stored ? RetentionSettings.safeParse(JSON.parse(stored.value)) : null;
      return parsed?.success ? parsed.data : DEFAULT_RETENTION;
    },
    setSettings(settings: RetentionSettings): void {
      write.run(JSON.stringify(RetentionSettings.parse(settings)));
    },
    /** Finished visits dated before `before` that still hold personal data, counted per day. */
    pendingByDate(before: LocalDate): { date: LocalDate; visits: number }[] {
      return perDate.all({ before, erased: ERASED_TEXT });
    },
    /** Erases them and returns how many; the caller holds the transaction. */
    erase(before: LocalDate): number {
      const ids = pendingIds.all({ before, erased: ERASED_TEXT }).map((row) => row.id);
      const now = unixSeconds(clock);
      for (const id of ids) {
        eraseVisit.run({ id, erased: ERASED_TEXT, now });
        eraseRemarks.run(id);
      }
      const erased = new Set(ids);
      const scrub = (record: Record<string, unknown>) => ({
        ...record,
        customerName: ERASED_TEXT,
        phone: '',
        address: ERASED_TEXT,
        notes: '',
      });
      for (const plan of planRecords.all()) {
        const records = JSON.parse(plan.json) as { visitId: string; before: Record<string, unknown>; after: Record<string, unknown> }[];
        if (!records.some((r) => erased.has(r.visitId))) continue;
        const kept = records.map((r) => (erased.has(r.visitId) ? { ...r, before: scrub(r.before), after: scrub(r.after) } : r));
        writePlanRecords.run(JSON.stringify(kept), plan.id);
      }
      return ids.length;
    },
    /** Exports the audit trail recorded, with their day and file names. */
    exports(): { at: string; date: LocalDate; files: string[] }[] {
      return exports.all().map((row) => {
        const detail = JSON.parse(row.detail_json) as { date?: LocalDate; files?: string[] };
        return { at: row.at, date: detail.date ?? '', files: detail.files ?? [] };
      });
    },
  };
}
