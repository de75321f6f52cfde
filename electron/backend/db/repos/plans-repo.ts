import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type {
  LocalDate,
  OfficerId,
  Plan,
  PlanId,
  PlanStats,
  PlanViolation,
  Route,
  UnassignedVisit,
  Visit,
  VisitId,
  VisitStatus,
} from '../../../../shared/domain';
import { routeToRow, rowsToPlan, stopToRow, type PlanRow, type RouteRow, type StopRow, type UnassignedRow } from './plan-rows';
import { crashPoint } from '../../crash-point';

const ROUTE_COLUMNS = `depart_sec, finish_sec, break_start_sec, break_end_sec, break_after_stop, return_travel_sec,
  return_distance_m, travel_sec, distance_m, working_sec`;
const STOP_COLUMNS = 'seq, visit_id, arrival_sec, start_sec, end_sec, travel_sec, distance_m, wait_sec';

/** What an edit changed relative to the plan it was made from. */
export interface EditedParts {
  /** Officers whose route was re-timed, added or emptied. */
  officers: readonly OfficerId[];
  unassignedChanged: boolean;
}

/** A visit's status set together with a plan version; undoing the version sets `from` back. */
export interface StatusChange {
  visitId: VisitId;
  from: VisitStatus;
  to: VisitStatus;
}

/** A visit's record changed together with a plan version; undoing the version writes `before` back. */
export interface VisitRecordChange {
  visitId: VisitId;
  before: Visit;
  after: Visit;
}

type Records = readonly VisitRecordChange[];

export type PlansRepo = ReturnType<typeof createPlansRepo>;

/**
 * Saved plans ↔ `plans`, `plan_routes`, `plan_stops`, `plan_unassigned`. Plans are never edited
 * (only re-checked: see `setViolations`): an edit is a new plan naming its parent. Saving a plan makes it its date's current plan and
 * empties the date's redo stack (a new version abandons whatever was undone).
 */
export function createPlansRepo(db: Db) {
  const demote = db.prepare('UPDATE plans SET is_current = 0 WHERE date = ? AND is_current = 1');
  const clearRedo = db.prepare('DELETE FROM plan_redo WHERE date = ?');
  const insertPlan = db.prepare(
    `INSERT INTO plans (id, date, planner, seed, created_at, is_current, stats_json, parent_id, violations_json, locks_json,
       unassigned_plan_id, status_changes_json, visit_changes_json, rules_version, overrides_json, travel_source_json)
     VALUES (@id, @date, @planner, @seed, @created_at, 1, @stats_json, @parent_id, @violations_json, @locks_json,
       @unassigned_plan_id, @status_changes_json, @visit_changes_json, @rules_version, @overrides_json, @travel_source_json)`,
  );
  const insertRoute = db.prepare(
    `INSERT INTO plan_routes (plan_id, officer_id, seq, ${ROUTE_COLUMNS})
     VALUES (@plan_id, @officer_id, @seq, @depart_sec, @finish_sec, @break_start_sec, @break_end_sec,
       @break_after_stop, @return_travel_sec, @return_distance_m, @travel_sec, @distance_m, @working_sec)`,
  );
  const insertStop = db.prepare(
    `INSERT INTO plan_stops (plan_id, officer_id, ${STOP_COLUMNS})
     VALUES (@plan_id, @officer_id, @seq, @visit_id, @arrival_sec, @start_sec, @end_sec,
       @travel_sec, @distance_m, @wait_sec)`,
  );
  const insertUnassigned = db.prepare(
    `INSERT INTO plan_unassigned (plan_id, visit_id, seq, reasons_json, message_en, message_zh)
     VALUES (@plan_id, @visit_id, @seq, @reasons_json, @message_en, @message_zh)`,
  );
  // An edit changes one or two routes: the others keep pointing at the stops already stored.
  const shareRoutes = db.prepare(
    `INSERT INTO plan_routes (plan_id, officer_id, seq, ${ROUTE_COLUMNS}, stops_plan_id)
       SELECT @plan_id, officer_id, seq, ${ROUTE_COLUMNS}, COALESCE(stops_plan_id, plan_id) FROM plan_routes
       WHERE plan_id = @from AND officer_id NOT IN (SELECT value FROM json_each(@changed))`,
  );
  const copyUnassigned = db.prepare(
    `INSERT INTO plan_unassigned (plan_id, visit_id, seq, reasons_json, message_en, message_zh)
       SELECT @plan_id, visit_id, seq, reasons_json, message_en, message_zh FROM plan_unassigned
       WHERE plan_id = @from AND visit_id NOT IN (SELECT value FROM json_each(@removed))`,
  );
  const unassignedSeqs = db.prepare('SELECT visit_id, seq FROM plan_unassigned WHERE plan_id = ?');
  const routeSeqs = db.prepare('SELECT officer_id, seq FROM plan_routes WHERE plan_id = ?');
  const planById = db.prepare('SELECT * FROM plans WHERE id = ?');
  const currentIdOf = db.prepare('SELECT id FROM plans WHERE date = ? AND is_current = 1').pluck();
  const routesOf = db.prepare('SELECT * FROM plan_routes WHERE plan_id = ? ORDER BY seq');
  const stopsOf = db.prepare(
    `SELECT s.* FROM plan_routes r
       JOIN plan_stops s ON s.plan_id = COALESCE(r.stops_plan_id, r.plan_id) AND s.officer_id = r.officer_id
       WHERE r.plan_id = ? ORDER BY r.seq, s.seq`,
  );
  const unassignedOf = db.prepare('SELECT * FROM plan_unassigned WHERE plan_id = ? ORDER BY seq');
  const violationsOf = db.prepare('SELECT violations_json FROM plans WHERE id = ?').pluck();
  const statusChangesOf = db.prepare('SELECT status_changes_json FROM plans WHERE id = ?').pluck();
  const visitChangesOf = db.prepare('SELECT visit_changes_json FROM plans WHERE id = ?').pluck();
  const updateViolations = db.prepare('UPDATE plans SET violations_json = ? WHERE id = ?');
  const currentTotalsOf = db.prepare<[string], { stats_json: string; violations_json: string }>(
    'SELECT stats_json, violations_json FROM plans WHERE date = ? AND is_current = 1',
  );
  const currentDatesRouting = db
    .prepare<[string, string], LocalDate>(
      `SELECT DISTINCT p.date FROM plans p
         JOIN plan_routes r ON r.plan_id = p.id
         LEFT JOIN plan_stops s ON s.plan_id = COALESCE(r.stops_plan_id, r.plan_id) AND s.officer_id = r.officer_id
         WHERE p.is_current = 1
           AND (r.officer_id IN (SELECT value FROM json_each(?)) OR s.visit_id IN (SELECT value FROM json_each(?)))`,
    )
    .pluck();

  const insertHeader = (
    plan: Plan,
    unassignedPlanId: string | null = null,
    statusChanges: readonly StatusChange[] = [],
    records: Records = [],
  ) => {
    demote.run(plan.date);
    clearRedo.run(plan.date);
    insertPlan.run({
      id: plan.id,
      date: plan.date,
      planner: plan.planner,
      seed: plan.seed,
      created_at: plan.createdAt,
      stats_json: JSON.stringify(plan.stats),
      parent_id: plan.parentId,
      violations_json: JSON.stringify(plan.violations),
      locks_json: JSON.stringify(plan.locks),
      unassigned_plan_id: unassignedPlanId,
      status_changes_json: JSON.stringify(statusChanges),
      visit_changes_json: JSON.stringify(records),
      rules_version: plan.rulesVersion ?? null,
      overrides_json: JSON.stringify(plan.overrides ?? []),
      travel_source_json: plan.travelSource ? JSON.stringify(plan.travelSource) : null,
    });
  };
  const insertRouteRows = (planId: PlanId, route: Route, seq: number): void => {
    insertRoute.run({ ...routeToRow(route), plan_id: planId, seq });
    route.stops.forEach((stop, stopSeq) => {
      insertStop.run({ ...stopToRow(route.officerId, stop), plan_id: planId, seq: stopSeq });
    });
    crashPoint('plan.route');
  };
  const insertUnassignedRows = (planId: PlanId, entries: readonly UnassignedVisit[], firstSeq: number): void => {
    entries.forEach((u, i) => {
      insertUnassigned.run({
        plan_id: planId,
        visit_id: u.visitId,
        seq: firstSeq + i,
        reasons_json: JSON.stringify(u.reasons),
        message_en: u.message.en,
        message_zh: u.message.zh,
      });
    });
  };

  const saveAll = db.transaction((plan: Plan) => {
    insertHeader(plan);
    plan.routes.forEach((route, seq) => insertRouteRows(plan.id, route, seq));
    insertUnassignedRows(plan.id, plan.unassigned, 0);
  });

  const saveEditedAll = db.transaction((plan: Plan, changes: EditedParts, statusChanges: readonly StatusChange[], records: Records) => {
    const parentId = plan.parentId;
    const parent = parentId === null ? undefined : (planById.get(parentId) as PlanRow | undefined);
    if (parentId === null || !parent) throw new Error('an edited plan must name the stored plan it was edited from');
    const seqOf = new Map((routeSeqs.all(parentId) as { officer_id: string; seq: number }[]).map((r) => [r.officer_id, r.seq]));
    let nextSeq = maxOf(seqOf.values()) + 1;
    insertHeader(plan, changes.unassignedChanged ? null : (parent.unassigned_plan_id ?? parentId), statusChanges, records);
    shareRoutes.run({ plan_id: plan.id, from: parentId, changed: JSON.stringify(changes.officers) });
    const isChanged = new Set<string>(changes.officers);
    for (const route of plan.routes) {
      if (isChanged.has(route.officerId)) insertRouteRows(plan.id, route, seqOf.get(route.officerId) ?? nextSeq++);
    }
    if (!changes.unassignedChanged) return;
    // Entries the parent has keep their rows and order; new entries go after them.
    const listId = parent.unassigned_plan_id ?? parentId;
    const parentSeq = new Map((unassignedSeqs.all(listId) as { visit_id: string; seq: number }[]).map((r) => [r.visit_id, r.seq]));
    const stillUnassigned = new Set<string>(plan.unassigned.map((u) => u.visitId));
    const removed = [...parentSeq.keys()].filter((id) => !stillUnassigned.has(id));
    copyUnassigned.run({ plan_id: plan.id, from: listId, removed: JSON.stringify(removed) });
    const added = plan.unassigned.filter((u) => !parentSeq.has(u.visitId));
    insertUnassignedRows(plan.id, added, maxOf(parentSeq.values()) + 1);
  });

  // One read transaction, so another process saving meanwhile cannot give us a mixed plan.
  const get = db.transaction((id: PlanId): Plan | null => {
    const row = planById.get(id) as PlanRow | undefined;
    if (!row) return null;
    return rowsToPlan(
      row,
      routesOf.all(id) as RouteRow[],
      stopsOf.all(id) as StopRow[],
      unassignedOf.all(row.unassigned_plan_id ?? id) as UnassignedRow[],
    );
  });

  return {
    /** Stores the plan as its date's current plan (the previous one stays in history), all or nothing. */
    save(plan: Plan): void {
      saveAll(plan);
    },
    /**
     * Stores an edited plan as current, writing only what the edit changed. Routes of officers not
     * in `changes.officers` must be exactly the parent's: they share its stored stops. Routes of
     * those officers are stored from `plan` (one without a route in `plan` has none); new routes
     * sort last. An unchanged unassigned list is shared with the parent; a changed one must keep
     * the parent's entries unchanged and in order, with new entries after them. `statusChanges`
     * are the visit statuses set with this version (the caller sets them), for undo and redo.
     * `records` are the visit records changed with it (the caller writes them), likewise.
     */
    saveEdited(plan: Plan, changes: EditedParts, statusChanges: readonly StatusChange[] = [], records: Records = []): void {
      saveEditedAll(plan, changes, statusChanges, records);
    },
    /** The visit records changed with a plan version (a visit edited on a planned day; empty for most). */
    visitChangesOf(id: PlanId): VisitRecordChange[] {
      const json = visitChangesOf.get(id) as string | undefined;
      return json === undefined ? [] : (JSON.parse(json) as VisitRecordChange[]);
    },
    /** The visit status changes stored with a plan version (empty for most). */
    statusChangesOf(id: PlanId): StatusChange[] {
      const json = statusChangesOf.get(id) as string | undefined;
      return json === undefined ? [] : (JSON.parse(json) as StatusChange[]);
    },
    /** The date's current plan, or null when none was saved. */
    current(date: LocalDate): Plan | null {
      const id = currentIdOf.get(date) as PlanId | undefined;
      return id === undefined ? null : get(id);
    },
    /** The id of the date's current plan, without reading the plan. */
    currentId(date: LocalDate): PlanId | null {
      return (currentIdOf.get(date) as PlanId | undefined) ?? null;
    },
    get(id: PlanId): Plan | null {
      return get(id);
    },
    /**
     * What a stored plan breaks, as last checked. The one thing about a plan that changes: it is
     * re-checked whenever the visits or officers it depends on change, and when it becomes current.
     */
    violationsOf(id: PlanId): PlanViolation[] | null {
      const json = violationsOf.get(id) as string | undefined;
      return json === undefined ? null : (JSON.parse(json) as PlanViolation[]);
    },
    /** The current plan's totals and how many problems it has, without reading its routes (the week view); null without a plan. */
    currentTotals(date: LocalDate): { stats: PlanStats; problems: number } | null {
      const row = currentTotalsOf.get(date);
      return row
        ? { stats: JSON.parse(row.stats_json) as PlanStats, problems: (JSON.parse(row.violations_json) as unknown[]).length }
        : null;
    },
    setViolations(id: PlanId, violations: readonly PlanViolation[]): void {
      updateViolations.run(JSON.stringify(violations), id);
    },
    /** Dates whose current plan has a route of one of these officers or a stop at one of these visits. */
    currentDatesRouting({
      officerIds = [],
      visitIds = [],
    }: {
      officerIds?: readonly OfficerId[];
      visitIds?: readonly VisitId[];
    }): LocalDate[] {
      if (officerIds.length === 0 && visitIds.length === 0) return [];
      return currentDatesRouting.all(JSON.stringify(officerIds), JSON.stringify(visitIds));
    },
  };
}

/** The largest of the numbers, −1 when there are none. */
function maxOf(values: Iterable<number>): number {
  let max = -1;
  for (const v of values) if (v > max) max = v;
  return max;
}
