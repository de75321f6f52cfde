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
import { encodeRequest, timeRoute, toRoute } from '../../../../shared/solver';
import type { TravelProvider } from '../../travel/provider';
import { routeViolations } from './route-violations';

export interface RetimeContext {
  date: LocalDate;
  rules: PlanningRules;
  travel: TravelProvider;
  visits: ReadonlyMap<string, Visit>;
  officers: ReadonlyMap<string, Officer>;
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
 * (best effort: a missed window starts on arrival), so the board can show it with its flags.
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
      const route = toRoute(encoded, 0, timeRoute(encoded.problem, 0, Int32Array.from(visits.keys())));
      return { officerId, route, violations: routeViolations(request, route, officer) };
    }),
  );
}

function missingRecord(record: Sentence): AppError {
  return new AppError('not_found', message('editRefused.recordMissing', { record }));
}
