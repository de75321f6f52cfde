import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { upsertById } from './upsert';
import type { LocalDate, Visit, VisitId, VisitKind, VisitStatus } from '../../../../shared/domain';
import { systemClock, unixSeconds, type Clock } from './clock';
import { VISIT_COLUMNS, rowToVisit, visitToRow, type VisitRow } from './visit-rows';

export interface VisitFilter {
  status?: VisitStatus;
  kind?: VisitKind;
}

export type VisitsRepo = ReturnType<typeof createVisitsRepo>;

/** Visits ↔ the `visits` table. Stores what it is given; rules live in services. */
export function createVisitsRepo(db: Db, clock: Clock = systemClock) {
  const params = VISIT_COLUMNS.map((c) => `@${c}`).join(', ');
  const insert = db.prepare(`INSERT INTO visits (${VISIT_COLUMNS.join(', ')}, created_at, updated_at) VALUES (${params}, @now, @now)`);
  const update = db.prepare(
    `UPDATE visits SET ${VISIT_COLUMNS.filter((c) => c !== 'id')
      .map((c) => `${c} = @${c}`)
      .join(', ')},
       updated_at = @now WHERE id = @id`,
  );
  const exists = db.prepare('SELECT 1 FROM visits WHERE id = ?').pluck();
  const byDate = db.prepare(
    `SELECT * FROM visits WHERE date = @date
       AND (@status IS NULL OR status = @status) AND (@kind IS NULL OR kind = @kind) ORDER BY id`,
  );
  // json_each takes any number of ids in one bound parameter, unlike `IN (?, ?, …)`.
  const byIds = db.prepare('SELECT * FROM visits WHERE id IN (SELECT value FROM json_each(?))');
  const byId = db.prepare('SELECT * FROM visits WHERE id = ?');
  const setStatusStmt = db.prepare(
    `UPDATE visits SET status = @status, updated_at = @now
       WHERE id IN (SELECT value FROM json_each(@ids)) AND status <> @status`,
  );
  const changeStatusStmt = db
    .prepare<{ ids: string; from: VisitStatus; to: VisitStatus; now: number }, VisitId>(
      `UPDATE visits SET status = @to, updated_at = @now
       WHERE id IN (SELECT value FROM json_each(@ids)) AND status = @from RETURNING id`,
    )
    .pluck();
  const customerVisitIds = db.prepare('SELECT id FROM visits WHERE customer_id = ? AND date = ? ORDER BY id').pluck();
  const distinctDates = db.prepare('SELECT DISTINCT date FROM visits ORDER BY date').pluck();
  const byCustomer = db.prepare('SELECT * FROM visits WHERE customer_id = ? ORDER BY date, id');

  const upsertAll = upsertById<Visit>(db, { exists, insert, update }, visitToRow, clock);

  return {
    /** Inserts new visits and overwrites existing ones (by id), all or nothing. */
    upsertMany(visits: readonly Visit[]): { inserted: number; updated: number } {
      return upsertAll(visits);
    },
    /** A date's visits, optionally one status or kind, ordered by id. */
    listByDate(date: LocalDate, filter: VisitFilter = {}): Visit[] {
      const rows = byDate.all({ date, status: filter.status ?? null, kind: filter.kind ?? null }) as VisitRow[];
      return rows.map(rowToVisit);
    },
    /** The visits with these ids, in the order asked; unknown ids are skipped. */
    getMany(ids: readonly VisitId[]): Visit[] {
      const found = new Map((byIds.all(JSON.stringify(ids)) as VisitRow[]).map((r) => [r.id, r]));
      return ids.flatMap((id) => {
        const row = found.get(id);
        return row ? [rowToVisit(row)] : [];
      });
    },
    get(id: VisitId): Visit | null {
      const row = byId.get(id) as VisitRow | undefined;
      return row ? rowToVisit(row) : null;
    },
    /** Sets the status of these visits; returns how many actually changed. */
    setStatus(ids: readonly VisitId[], status: VisitStatus): number {
      return setStatusStmt.run({ ids: JSON.stringify(ids), status, now: unixSeconds(clock) }).changes;
    },
    /** Moves these visits from one status to another; visits in any other status are left alone. Returns the ids moved. */
    changeStatus(ids: readonly VisitId[], from: VisitStatus, to: VisitStatus): VisitId[] {
      if (ids.length === 0) return [];
      return changeStatusStmt.all({ ids: JSON.stringify(ids), from, to, now: unixSeconds(clock) });
    },
    /** Ids of the customer's visits on the date, ordered by id. */
    customerVisitIds(customerId: string, date: LocalDate): VisitId[] {
      return customerVisitIds.all(customerId, date) as VisitId[];
    },
    /** Every visit of one customer, on any day, by date. */
    listByCustomer(customerId: string): Visit[] {
      return (byCustomer.all(customerId) as VisitRow[]).map(rowToVisit);
    },
    /** Every date that has visits, ascending. */
    dates(): LocalDate[] {
      return distinctDates.all() as LocalDate[];
    },
  };
}
