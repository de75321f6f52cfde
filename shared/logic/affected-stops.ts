import type { Plan, VisitId } from '../domain';

/**
 * The routed visits the plan's problems concern, in route order: a problem naming a visit concerns
 * that stop; one naming only an officer (off duty, gone from the roster, over the shift or the
 * limits) concerns the officer's whole route. Unassigning them leaves a plan with no open problem
 * on any route, for the dispatcher to fit the visits in again.
 */
export function affectedStops(plan: Pick<Plan, 'routes' | 'violations'>): VisitId[] {
  const visits = new Set<string>();
  const wholeRoutes = new Set<string>();
  for (const violation of plan.violations) {
    if (violation.visitId !== null) visits.add(violation.visitId);
    else wholeRoutes.add(violation.officerId);
  }
  return plan.routes.flatMap((route) =>
    route.stops.filter((stop) => wholeRoutes.has(route.officerId) || visits.has(stop.visitId)).map((stop) => stop.visitId),
  );
}
