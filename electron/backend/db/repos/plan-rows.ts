import type {
  LocalDate,
  OfficerId,
  Plan,
  PlanId,
  PlanLocks,
  PlanStats,
  PlanViolation,
  RuleOverride,
  TravelSource,
  PlannedStop,
  Route,
  UnassignedReason,
  UnassignedVisit,
  VisitId,
} from '../../../../shared/domain';

export interface PlanRow {
  id: string;
  date: string;
  planner: string;
  seed: number;
  created_at: string;
  stats_json: string;
  parent_id: string | null;
  /** The plan whose `plan_unassigned` rows are this plan's list; null: its own. */
  unassigned_plan_id: string | null;
  violations_json: string;
  locks_json: string;
  /** Null for plans made before the visiting rules were versioned (and, in tests, before migration 0090). */
  rules_version?: number | null;
  overrides_json?: string;
  /** Null for plans made before routers (issue 20). */
  travel_source_json?: string | null;
}

export interface RouteRow {
  officer_id: string;
  depart_sec: number;
  finish_sec: number;
  break_start_sec: number | null;
  break_end_sec: number | null;
  break_after_stop: number | null;
  return_travel_sec: number;
  return_distance_m: number;
  travel_sec: number;
  distance_m: number;
  working_sec: number;
}

export interface StopRow {
  officer_id: string;
  visit_id: string;
  arrival_sec: number;
  start_sec: number;
  end_sec: number;
  travel_sec: number;
  distance_m: number;
  wait_sec: number;
}

export interface UnassignedRow {
  visit_id: string;
  reasons_json: string;
  message_en: string;
  message_zh: string;
}

export function routeToRow(route: Route): RouteRow {
  return {
    officer_id: route.officerId,
    depart_sec: route.departSec,
    finish_sec: route.finishSec,
    break_start_sec: route.breakTaken?.startSec ?? null,
    break_end_sec: route.breakTaken?.endSec ?? null,
    break_after_stop: route.breakTaken?.afterStop ?? null,
    return_travel_sec: route.returnTravelSec,
    return_distance_m: route.returnDistanceM,
    travel_sec: route.travelSec,
    distance_m: route.distanceM,
    working_sec: route.workingSec,
  };
}

export function stopToRow(officerId: string, stop: PlannedStop): StopRow {
  return {
    officer_id: officerId,
    visit_id: stop.visitId,
    arrival_sec: stop.arrivalSec,
    start_sec: stop.startSec,
    end_sec: stop.endSec,
    travel_sec: stop.travelSec,
    distance_m: stop.distanceM,
    wait_sec: stop.waitSec,
  };
}

/** Rebuilds a plan from its rows; `stops` must be ordered by route, then sequence. */
export function rowsToPlan(plan: PlanRow, routes: RouteRow[], stops: StopRow[], unassigned: UnassignedRow[]): Plan {
  const stopsByOfficer = new Map<string, PlannedStop[]>();
  for (const s of stops) {
    const list = stopsByOfficer.get(s.officer_id) ?? [];
    list.push({
      visitId: s.visit_id as VisitId,
      arrivalSec: s.arrival_sec,
      startSec: s.start_sec,
      endSec: s.end_sec,
      travelSec: s.travel_sec,
      distanceM: s.distance_m,
      waitSec: s.wait_sec,
    });
    stopsByOfficer.set(s.officer_id, list);
  }
  return {
    id: plan.id as PlanId,
    date: plan.date as LocalDate,
    planner: plan.planner,
    seed: plan.seed,
    createdAt: plan.created_at,
    routes: routes.map((r) => rowToRoute(r, stopsByOfficer.get(r.officer_id) ?? [])),
    unassigned: unassigned.map(rowToUnassigned),
    stats: JSON.parse(plan.stats_json) as PlanStats,
    violations: JSON.parse(plan.violations_json) as PlanViolation[],
    locks: JSON.parse(plan.locks_json) as PlanLocks,
    parentId: plan.parent_id as PlanId | null,
    rulesVersion: plan.rules_version ?? null,
    overrides: plan.overrides_json ? (JSON.parse(plan.overrides_json) as RuleOverride[]) : [],
    travelSource: plan.travel_source_json ? (JSON.parse(plan.travel_source_json) as TravelSource) : null,
  };
}

function rowToRoute(r: RouteRow, stops: PlannedStop[]): Route {
  return {
    officerId: r.officer_id as OfficerId,
    departSec: r.depart_sec,
    stops,
    breakTaken:
      r.break_start_sec === null
        ? null
        : { startSec: r.break_start_sec, endSec: r.break_end_sec as number, afterStop: r.break_after_stop as number },
    returnTravelSec: r.return_travel_sec,
    returnDistanceM: r.return_distance_m,
    finishSec: r.finish_sec,
    travelSec: r.travel_sec,
    distanceM: r.distance_m,
    workingSec: r.working_sec,
  };
}

function rowToUnassigned(r: UnassignedRow): UnassignedVisit {
  return {
    visitId: r.visit_id as VisitId,
    reasons: JSON.parse(r.reasons_json) as UnassignedReason[],
    message: { en: r.message_en, zh: r.message_zh },
  };
}
