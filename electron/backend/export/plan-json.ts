import { toLocalIso, type Officer, type Plan } from '../../../shared/domain';
import { minutes1 } from '../../../shared/logic/itinerary';

/** One visit in the exported plan: when the officer arrives, starts and ends, and the leg before it. */
export interface PlanJsonStop {
  visit_id: string;
  arrival: string;
  start: string;
  end: string;
  travel_min: number;
  distance_m: number;
}

/** One officer's day in the exported plan. */
export interface PlanJsonRoute {
  officer_id: string;
  officer_name: string | null;
  depart: string;
  finish: string;
  break: { start: string; end: string } | null;
  /** Whole day including the return leg. */
  travel_min: number;
  distance_m: number;
  working_min: number;
  stops: PlanJsonStop[];
}

export interface PlanJsonUnassigned {
  visit_id: string;
  reasons: string[];
  message: string;
  message_zh: string;
}

/**
 * The plan as other systems read it. Times are ISO 8601 local date-times; no customer names,
 * phones or addresses (the file may leave the dispatch office).
 */
export interface PlanJson {
  date: string;
  plan_id: string;
  planner: string;
  seed: number;
  created_at: string;
  stats: {
    visit_count: number;
    assigned_count: number;
    unassigned_count: number;
    officers_used: number;
    travel_min: number;
    distance_m: number;
    working_min: number;
    solve_ms: number;
  };
  routes: PlanJsonRoute[];
  unassigned: PlanJsonUnassigned[];
}

/**
 * Maps a plan to its JSON export. Officers without visits are left out. Visits are not an input:
 * the export carries only their ids, never anything personal.
 */
export function planToJson(plan: Plan, officers: readonly Officer[]): PlanJson {
  const names = new Map(officers.map((o) => [o.id as string, o.name]));
  const at = (sec: number) => toLocalIso(plan.date, sec);
  return {
    date: plan.date,
    plan_id: plan.id,
    planner: plan.planner,
    seed: plan.seed,
    created_at: plan.createdAt,
    stats: {
      visit_count: plan.stats.visitCount,
      assigned_count: plan.stats.assignedCount,
      unassigned_count: plan.stats.unassignedCount,
      officers_used: plan.stats.officersUsed,
      travel_min: minutes1(plan.stats.travelSec),
      distance_m: plan.stats.distanceM,
      working_min: minutes1(plan.stats.workingSec),
      solve_ms: plan.stats.solveMs,
    },
    routes: plan.routes
      .filter((route) => route.stops.length > 0)
      .map((route) => ({
        officer_id: route.officerId,
        officer_name: names.get(route.officerId) ?? null,
        depart: at(route.departSec),
        finish: at(route.finishSec),
        break: route.breakTaken ? { start: at(route.breakTaken.startSec), end: at(route.breakTaken.endSec) } : null,
        travel_min: minutes1(route.travelSec),
        distance_m: route.distanceM,
        working_min: minutes1(route.workingSec),
        stops: route.stops.map((stop) => ({
          visit_id: stop.visitId,
          arrival: at(stop.arrivalSec),
          start: at(stop.startSec),
          end: at(stop.endSec),
          travel_min: minutes1(stop.travelSec),
          distance_m: stop.distanceM,
        })),
      })),
    unassigned: plan.unassigned.map((entry) => ({
      visit_id: entry.visitId,
      reasons: [...entry.reasons],
      message: entry.message.en,
      message_zh: entry.message.zh,
    })),
  };
}
