import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { OutcomeKind, OutcomeResult, VisitId, VisitOutcome } from '../../../../shared/domain';
import { systemClock, type Clock } from './clock';

interface OutcomeRow {
  visit_id: string;
  outcome: OutcomeKind;
  result: OutcomeResult;
  arrived_sec: number | null;
  left_sec: number | null;
  promise_amount: number | null;
  promise_date: string | null;
  remarks: string;
}

export type OutcomesRepo = ReturnType<typeof createOutcomesRepo>;

/** Visit outcomes ↔ `visit_outcomes`: one per visit, recorded again by replacing it. */
export function createOutcomesRepo(db: Db, clock: Clock = systemClock) {
  const upsert = db.prepare(
    `INSERT INTO visit_outcomes (visit_id, outcome, result, arrived_sec, left_sec, promise_amount, promise_date, remarks, recorded_by, recorded_at)
       VALUES (@visitId, @outcome, @result, @arrivedSec, @leftSec, @promiseAmount, @promiseDate, @remarks, @by, @at)
       ON CONFLICT (visit_id) DO UPDATE SET outcome = excluded.outcome, result = excluded.result, arrived_sec = excluded.arrived_sec,
         left_sec = excluded.left_sec, promise_amount = excluded.promise_amount, promise_date = excluded.promise_date,
         remarks = excluded.remarks, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
  );
  const ofVisits = db.prepare<[string], OutcomeRow>(
    'SELECT * FROM visit_outcomes WHERE visit_id IN (SELECT value FROM json_each(?)) ORDER BY visit_id',
  );

  return {
    /** Records the outcomes (replacing earlier ones of the same visits); returns how many replaced one. */
    saveMany(outcomes: readonly VisitOutcome[], by: string): { inserted: number; updated: number } {
      const existing = new Set(this.ofVisits(outcomes.map((o) => o.visitId)).map((o) => o.visitId));
      const at = clock().toISOString();
      for (const outcome of outcomes) upsert.run({ ...outcome, by, at });
      const updated = outcomes.filter((o) => existing.has(o.visitId)).length;
      return { inserted: outcomes.length - updated, updated };
    },
    ofVisits(visitIds: readonly string[]): VisitOutcome[] {
      return ofVisits.all(JSON.stringify(visitIds)).map(toOutcome);
    },
  };
}

function toOutcome(r: OutcomeRow): VisitOutcome {
  return {
    visitId: r.visit_id as VisitId,
    outcome: r.outcome,
    result: r.result,
    arrivedSec: r.arrived_sec,
    leftSec: r.left_sec,
    promiseAmount: r.promise_amount,
    promiseDate: r.promise_date,
    remarks: r.remarks,
  };
}
