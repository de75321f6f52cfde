import type { Officer, PlanRequest, PlanViolation, Route, Visit } from '../../../../shared/domain';
import { continuingFrom, joinReported, lastReported, type ActualTimes } from '../../../../shared/logic/actual-times';
import { planningPoints } from '../../../../shared/logic/planning-points';
import { encodeRequest, timeRoute, toRoute } from '../../../../shared/solver';
import type { TravelProvider } from '../../travel/provider';
import { routeViolations } from './route-violations';

export interface ReportedContext {
  date: PlanRequest['date'];
  rules: PlanRequest['rules'];
  travel: TravelProvider;
  visits: ReadonlyMap<string, Visit>;
  /** The times officers reported for visits of the routes (see reportedTimes). */
  actuals: ReadonlyMap<string, ActualTimes>;
}

/**
 * A route as its officer's returns leave it (issue 19, re-timing from actual arrival times): the
 * stops up to the last reported one at their reported times, the rest timed from that visit's
 * place when the officer left it, and what the rest breaks (what is reported is history, not a
 * flag). Null when no stop of the route has reported times: it stays as planned.
 */
export async function routeAfterReports(
  planned: Route,
  officer: Officer,
  ctx: ReportedContext,
): Promise<{ route: Route; violations: PlanViolation[] } | null> {
  const order = planned.stops.map((s) => s.visitId);
  const last = lastReported(order, ctx.actuals);
  if (last < 0) return null;
  const restVisits = order.slice(last + 1).map((id) => ctx.visits.get(id)!);
  if (restVisits.length === 0) return { route: joinReported(planned, last + 1, ctx.actuals, null), violations: [] };
  // Timed as if on duty, flagged as the officer is (see retimeRoutes).
  const going = continuingFrom({ ...officer, isActive: true }, ctx.visits.get(order[last])!, ctx.actuals.get(order[last])!.endSec);
  const matrix = await ctx.travel.matrix(planningPoints(restVisits, [going]), [going.travelMode]);
  const request: PlanRequest = { date: ctx.date, visits: restVisits, officers: [going], matrix, rules: ctx.rules };
  const encoded = encodeRequest(request);
  const rest = toRoute(encoded, 0, timeRoute(encoded.problem, 0, Int32Array.from(restVisits.keys())));
  return {
    route: joinReported(planned, last + 1, ctx.actuals, rest),
    violations: routeViolations(request, rest, { ...going, isActive: officer.isActive }),
  };
}
