import type { Database as Db } from 'better-sqlite3';
import type { LocalDate, Plan, PlanId, PlanStats } from '../../../../shared/domain';
import {
  routeToRow, rowsToPlan, stopToRow, type PlanRow, type RouteRow, type StopRow, type UnassignedRow,
} from './plan-rows';

/** A stored plan as the history list shows it. */
export interface PlanSummary {
  id: PlanId;
  createdAt: string;
  planner: string;
  stats: PlanStats;
  /** The day's current plan (the one itineraries are exported from). */
  isCurrent: boolean;
}

export type PlansRepo = ReturnType<typeof createPlansRepo>;

/** Saved plans ↔ `plans`, `plan_routes`, `plan_stops`, `plan_unassigned`. Plans are never edited. */
export function createPlansRepo(db: Db) {
  const demote = db.prepare('UPDATE plans SET is_current = 0 WHERE date = ? AND is_current = 1');
  const insertPlan = db.prepare(
    `INSERT INTO plans (id, date, planner, seed, created_at, is_current, stats_json)
       VALUES (@id, @date, @planner, @seed, @created_at, 1, @stats_json)`,
  );
  const insertRoute = db.prepare(
    `INSERT INTO plan_routes (plan_id, officer_id, seq, depart_sec, finish_sec, break_start_sec,
       break_end_sec, break_after_stop, return_travel_sec, return_distance_m, travel_sec, distance_m, working_sec)
     VALUES (@plan_id, @officer_id, @seq, @depart_sec, @finish_sec, @break_start_sec, @break_end_sec,
       @break_after_stop, @return_travel_sec, @return_distance_m, @travel_sec, @distance_m, @working_sec)`,
  );
  const insertStop = db.prepare(
    `INSERT INTO plan_stops (plan_id, officer_id, seq, visit_id, arrival_sec, start_sec, end_sec,
       travel_sec, distance_m, wait_sec)
     VALUES (@plan_id, @officer_id, @seq, @visit_id, @arrival_sec, @start_sec, @end_sec,
       @travel_sec, @distance_m, @wait_sec)`,
  );
  const insertUnassigned = db.prepare(
    `INSERT INTO plan_unassigned (plan_id, visit_id, seq, reasons_json, message_en, message_zh)
     VALUES (@plan_id, @visit_id, @seq, @reasons_json, @message_en, @message_zh)`,
  );
  const planById = db.prepare('SELECT * FROM plans WHERE id = ?');
  const currentId = db.prepare('SELECT id FROM plans WHERE date = ? AND is_current = 1').pluck();
  const routesOf = db.prepare('SELECT * FROM plan_routes WHERE plan_id = ? ORDER BY seq');
  const stopsOf = db.prepare(
    `SELECT s.* FROM plan_stops s JOIN plan_routes r USING (plan_id, officer_id)
       WHERE s.plan_id = ? ORDER BY r.seq, s.seq`,
  );
  const unassignedOf = db.prepare('SELECT * FROM plan_unassigned WHERE plan_id = ? ORDER BY seq');
  const summaries = db.prepare(
    'SELECT id, created_at, planner, stats_json, is_current FROM plans WHERE date = ? ORDER BY created_at DESC, rowid DESC',
  );

  const saveAll = db.transaction((plan: Plan) => {
    demote.run(plan.date);
    insertPlan.run({
      id: plan.id, date: plan.date, planner: plan.planner, seed: plan.seed,
      created_at: plan.createdAt, stats_json: JSON.stringify(plan.stats),
    });
    plan.routes.forEach((route, routeSeq) => {
      insertRoute.run({ ...routeToRow(route), plan_id: plan.id, seq: routeSeq });
      route.stops.forEach((stop, seq) => {
        insertStop.run({ ...stopToRow(route.officerId, stop), plan_id: plan.id, seq });
      });
    });
    plan.unassigned.forEach((u, seq) => {
      insertUnassigned.run({
        plan_id: plan.id, visit_id: u.visitId, seq, reasons_json: JSON.stringify(u.reasons),
        message_en: u.message.en, message_zh: u.message.zh,
      });
    });
  });

  // One read transaction, so another process saving meanwhile cannot give us a mixed plan.
  const get = db.transaction((id: PlanId): Plan | null => {
    const row = planById.get(id) as PlanRow | undefined;
    if (!row) return null;
    return rowsToPlan(
      row,
      routesOf.all(id) as RouteRow[],
      stopsOf.all(id) as StopRow[],
      unassignedOf.all(id) as UnassignedRow[],
    );
  });

  return {
    /** Stores the plan as its date's current plan (the previous one stays in history), all or nothing. */
    save(plan: Plan): void {
      saveAll(plan);
    },
    /** The date's current plan, or null when none was saved. */
    current(date: LocalDate): Plan | null {
      const id = currentId.get(date) as PlanId | undefined;
      return id === undefined ? null : get(id);
    },
    get(id: PlanId): Plan | null {
      return get(id);
    },
    /** The date's plans, newest first. */
    listForDate(date: LocalDate): PlanSummary[] {
      const rows = summaries.all(date) as { id: string; created_at: string; planner: string; stats_json: string; is_current: number }[];
      return rows.map((r) => ({
        id: r.id as PlanId, createdAt: r.created_at, planner: r.planner, stats: JSON.parse(r.stats_json) as PlanStats,
        isCurrent: r.is_current === 1,
      }));
    },
  };
}
