import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type {
  FollowUp,
  FollowUpOfficer,
  FollowUpRule,
  FollowUpStatus,
  LocalDate,
  OfficerId,
  TimeWindow,
  VisitId,
  VisitKind,
} from '../../../../shared/domain';
import { systemClock, type Clock } from './clock';

interface FollowUpRow {
  id: number;
  from_visit_id: string;
  rule: FollowUpRule;
  customer_id: string;
  kind: VisitKind | null;
  earliest_date: string | null;
  latest_date: string | null;
  windows_json: string;
  officer: FollowUpOfficer;
  from_officer_id: string | null;
  priority: number | null;
  status: FollowUpStatus;
  visit_id: string | null;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export type NewFollowUp = Pick<
  FollowUp,
  | 'fromVisitId'
  | 'rule'
  | 'customerId'
  | 'kind'
  | 'earliestDate'
  | 'latestDate'
  | 'windows'
  | 'officer'
  | 'fromOfficerId'
  | 'priority'
  | 'status'
>;

export type FollowUpsRepo = ReturnType<typeof createFollowUpsRepo>;

/** Follow-ups ↔ `follow_ups`: proposed, then approved (with the visit made) or withdrawn. */
export function createFollowUpsRepo(db: Db, clock: Clock = systemClock) {
  const insert = db.prepare(
    `INSERT INTO follow_ups (from_visit_id, rule, customer_id, kind, earliest_date, latest_date, windows_json, officer, from_officer_id,
         priority, status, created_at)
       VALUES (@fromVisitId, @rule, @customerId, @kind, @earliestDate, @latestDate, @windows, @officer, @fromOfficerId, @priority,
         @status, @createdAt)`,
  );
  const decide = db.prepare(
    `UPDATE follow_ups SET status = @status, visit_id = @visitId, decided_by = @by, decided_at = @at WHERE id = @id AND status = 'proposed'`,
  );
  const all = db.prepare<[], FollowUpRow>('SELECT * FROM follow_ups ORDER BY id');
  const byId = db.prepare<[number], FollowUpRow>('SELECT * FROM follow_ups WHERE id = ?');
  const proposedOf = db.prepare<[string], FollowUpRow>(
    `SELECT * FROM follow_ups WHERE customer_id = ? AND status = 'proposed' ORDER BY id`,
  );
  const ofVisit = db.prepare<[string], FollowUpRow>('SELECT * FROM follow_ups WHERE from_visit_id = ? ORDER BY id');
  const madeAs = db.prepare<[string], FollowUpRow>('SELECT * FROM follow_ups WHERE visit_id IN (SELECT value FROM json_each(?))');

  return {
    add(followUp: NewFollowUp): FollowUp {
      const { lastInsertRowid } = insert.run({ ...followUp, windows: JSON.stringify(followUp.windows), createdAt: clock().toISOString() });
      return toFollowUp(byId.get(Number(lastInsertRowid))!);
    },
    /** Marks a proposed follow-up approved (with its visit) or withdrawn; false when it is not proposed. */
    decide(id: number, status: 'approved' | 'withdrawn', by: string, visitId: VisitId | null = null): boolean {
      return decide.run({ id, status, visitId, by, at: clock().toISOString() }).changes === 1;
    },
    get(id: number): FollowUp | null {
      const row = byId.get(id);
      return row ? toFollowUp(row) : null;
    },
    /** Every follow-up, or those whose window of days holds `date`, oldest first. */
    list(date?: LocalDate): FollowUp[] {
      const rows = all.all().map(toFollowUp);
      return date === undefined
        ? rows
        : rows.filter((f) => f.earliestDate !== null && f.earliestDate <= date && (f.latestDate ?? date) >= date);
    },
    /** The follow-ups a visit's outcome called for. */
    fromVisit(visitId: string): FollowUp[] {
      return ofVisit.all(visitId).map(toFollowUp);
    },
    /** The approved follow-ups whose visits are among `visitIds`. */
    madeAs(visitIds: readonly string[]): FollowUp[] {
      return visitIds.length === 0 ? [] : madeAs.all(JSON.stringify(visitIds)).map(toFollowUp);
    },
    proposedFor(customerId: string): FollowUp[] {
      return proposedOf.all(customerId).map(toFollowUp);
    },
  };
}

function toFollowUp(r: FollowUpRow): FollowUp {
  return {
    id: r.id,
    fromVisitId: r.from_visit_id as VisitId,
    rule: r.rule,
    customerId: r.customer_id,
    kind: r.kind,
    earliestDate: r.earliest_date,
    latestDate: r.latest_date,
    windows: JSON.parse(r.windows_json) as TimeWindow[],
    officer: r.officer,
    fromOfficerId: r.from_officer_id as OfficerId | null,
    priority: r.priority,
    status: r.status,
    visitId: r.visit_id as VisitId | null,
    createdAt: r.created_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  };
}
