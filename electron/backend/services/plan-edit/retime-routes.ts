import { AppError } from '../../../../shared/api/errors';
import type {
  LocalDate,
  Officer,
  OfficerId,
  PlanRequest,
  PlanViolation,
  PlanningRules,
  Route,
  Visit,
  VisitId,
} from '../../../../shared/domain';
import { message, type Sentence } from '../../../../shared/i18n';
import { planningPoints } from '../../../../shared/logic/planning-points';
import { encodeRequest, placeInRoute, timeRoute, toRoute, type Problem } from '../../../../shared/solver';
import type { TravelProvider } from '../../travel/provider';
import { routeAfterReports } from './reported-times';
import { routeViolations } from './route-violations';
import type { ActualTimes } from '../../../../shared/logic/actual-times';

export interface RetimeContext {
  date: LocalDate;
  rules: PlanningRules;
  travel: TravelProvider;
  visits: ReadonlyMap<string, Visit>;
  officers: ReadonlyMap<string, Officer>;
  /** Visits a batch move put at the end of a route, to be given their cheapest places first. */
  placing?: { officerId: OfficerId; visitIds: readonly VisitId[]; firstFree: number };
  /** Times officers reported for visits of these routes: a route is re-timed from them on (see routeAfterReports). */
  actuals?: ReadonlyMap<string, ActualTimes>;
}

/** A re-timed route (null when it has no visits left) and the rules it breaks. */
export interface RetimedRoute {
  officerId: OfficerId;
  route: Route | null;
  violations: PlanViolation[];
}

/**
 * Times each officer's route in the given order, with the planner's own timing rules and travel
 * times for just that route's points, then lists what it breaks. A broken route is still timed
 * (best effort: a missed window starts on arrival), so the board can show it with its flags. The
 * visits being placed go where they add least travel, with the same travel times.
 */
export async function retimeRoutes(orders: ReadonlyMap<OfficerId, readonly VisitId[]>, ctx: RetimeContext): Promise<RetimedRoute[]> {
  return Promise.all(
    [...orders].map(async ([officerId, order]) => {
      if (order.length === 0) return { officerId, route: null, violations: [] };
      const officer = ctx.officers.get(officerId);
      if (!officer) throw missingRecord(message('editRefused.missingOfficer', { officerId }));
      const visits = order.map((id) => {
        const visit = ctx.visits.get(id);
        if (!visit) throw missingRecord(message('editRefused.missingVisit', { visitId: id }));
        return visit;
      });
      // Timed as if on duty: an off-duty officer's route is still laid out, and flagged.
      const onDuty: Officer = { ...officer, isActive: true };
      const matrix = await ctx.travel.matrix(planningPoints(visits, [onDuty]), [officer.travelMode]);
      const request: PlanRequest = { date: ctx.date, visits, officers: [onDuty], matrix, rules: ctx.rules };
      const encoded = encodeRequest(request);
      const route = toRoute(encoded, 0, timeRoute(encoded.problem, 0, placedOrder(order, encoded.problem, ctx.placing, officerId)));
      const reported = ctx.actuals ? await routeAfterReports(route, officer, { ...ctx, actuals: ctx.actuals }) : null;
      return reported ? { officerId, ...reported } : { officerId, route, violations: routeViolations(request, route, officer) };
    }),
  );
}

/** The route's order as problem indices: as given, or with the visits being placed at their cheapest places. */
function placedOrder(order: readonly VisitId[], problem: Problem, placing: RetimeContext['placing'], officerId: OfficerId): Int32Array {
  const all = Int32Array.from(order.keys());
  if (placing?.officerId !== officerId) return all;
  const adding = new Set<string>(placing.visitIds);
  const kept = [...all].filter((i) => !adding.has(order[i]));
  return placeInRoute(
    problem,
    0,
    kept,
    [...all].filter((i) => adding.has(order[i])),
    placing.firstFree,
  );
}

function missingRecord(record: Sentence): AppError {
  return new AppError('not_found', message('editRefused.recordMissing', { record }));
}
