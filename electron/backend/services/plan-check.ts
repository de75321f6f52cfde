import { planningRulesOn } from './lawful-day';
import {
  type LocalDate,
  type Officer,
  type Plan,
  type PlanRequest,
  type PlanViolation,
  type PlanningRules,
  type Route,
  type TravelMatrix,
  type Visit,
  type VisitId,
} from '../../../shared/domain';
import { planningPoints } from '../../../shared/logic/planning-points';
import { isOnLeave, officerOnDay } from '../../../shared/logic/roster';
import { notOverridden } from '../../../shared/logic/overrides';
import type { Repos } from '../db/repos';
import type { TravelProvider } from '../travel/provider';
import { customerFrequencyViolations } from './plan-edit/customer-frequency';
import { routeViolations } from './plan-edit/route-violations';
import { violationSentences as say } from './plan-edit/violation-sentences';

/** What the check reads: the visits, the officers and their days, the visiting rules. */
export type CheckRepos = Pick<Repos, 'visits' | 'officers' | 'officerDays' | 'rules'>;

/** What the check needs besides storage: the travel times the plan was made with, and the rules. */
export interface CheckDeps {
  travel: TravelProvider;
  rules?: PlanningRules;
}

/**
 * Everything `plan` breaks against the visits and officers as stored now, in the board's words:
 * the one rule for staleness. Each route is re-checked by the independent checker with its
 * officer's and visits' current records and the officer's day (an officer made inactive, on leave
 * that day or given a shorter shift, a visit cancelled, moved to another day or given another
 * window, place or service time), and the day's customers are counted again. Synchronous, so it runs inside the transaction that changed
 * the data.
 */
export function checkPlan(repos: CheckRepos, deps: CheckDeps, plan: Plan): PlanViolation[] {
  const rules = planningRulesOn(repos, plan.date, deps.rules);
  const routed = plan.routes.flatMap((r) => r.stops.map((s) => s.visitId));
  const visits = new Map<string, Visit>(repos.visits.getMany(routed).map((v) => [v.id, v]));
  const out: PlanViolation[] = [];
  for (const route of plan.routes) {
    if (route.stops.length === 0) continue;
    out.push(...checkRouteOf(repos, plan.date, route, visits, deps.travel, rules));
  }
  out.push(...frequencyViolations(plan.date, plan.routes, visits, rules));
  return notOverridden(out, plan.overrides);
}

/**
 * `checkPlan` for a version that changed only the routes of `changed` officers from `base`, whose
 * flags are current (every write re-checks): those routes are checked again, the others keep their
 * flags, and the customers of the visits that moved are counted again. The same findings as
 * `checkPlan`, in a drag's time on a 5,000-visit day.
 */
export function checkEditedPlan(repos: CheckRepos, deps: CheckDeps, base: Plan, plan: Plan, changed: ReadonlySet<string>): PlanViolation[] {
  const rules = planningRulesOn(repos, plan.date, deps.rules);
  const touched = (p: Plan) => p.routes.filter((r) => changed.has(r.officerId));
  const stopIds = [...touched(base), ...touched(plan)].flatMap((r) => r.stops.map((s) => s.visitId));
  const visits = new Map<string, Visit>(repos.visits.getMany(stopIds).map((v) => [v.id, v]));
  const recounted = new Map<string, VisitId[]>();
  for (const visit of visits.values()) {
    if (visit.date === plan.date && !recounted.has(visit.customerId))
      recounted.set(visit.customerId, repos.visits.customerVisitIds(visit.customerId, plan.date));
  }
  const recountedIds = new Set<string>([...recounted.values()].flat());
  const kept = base.violations.filter((v) =>
    v.rule === 'too_frequent' ? !(v.visitId !== null && recountedIds.has(v.visitId)) : !changed.has(v.officerId),
  );
  const rechecked = touched(plan).flatMap((route) => {
    if (route.stops.length === 0) return [];
    return checkRouteOf(repos, plan.date, route, visits, deps.travel, rules);
  });
  const limit = rules.maxVisitsPerCustomerPerDay;
  const frequency = [...recounted].flatMap(([customerId, ids]) => customerFrequencyViolations(customerId, ids, plan.routes, limit));
  return notOverridden([...kept, ...rechecked, ...frequency], plan.overrides);
}

/**
 * A route checked against its officer as they work on the plan's day (see `officerOnDay`): gone
 * from the roster, on leave that day, or timed with the day's shift, breaks and start place.
 */
function checkRouteOf(
  repos: CheckRepos,
  date: LocalDate,
  route: Route,
  visits: ReadonlyMap<string, Visit>,
  travel: TravelProvider,
  rules: PlanningRules,
): PlanViolation[] {
  const officer = repos.officers.get(route.officerId);
  if (!officer) return [{ officerId: route.officerId, visitId: null, rule: 'shift', message: say.officerGone(route) }];
  const day = repos.officerDays.get(officer.id, date) ?? undefined;
  // Leave is said as leave; a day off the roster altogether is the record's own flag (off duty).
  const onLeave: PlanViolation[] =
    officer.isActive && isOnLeave(day)
      ? [{ officerId: officer.id, visitId: null, rule: 'shift', message: say.onLeave(officer, route, date) }]
      : [];
  const working: Officer = { ...officerOnDay(officer, day), isActive: officer.isActive };
  return [...onLeave, ...checkRoute(date, route, working, visits, travel, rules)];
}

function checkRoute(
  date: LocalDate,
  route: Route,
  officer: Officer,
  visits: ReadonlyMap<string, Visit>,
  travel: TravelProvider,
  rules: PlanningRules,
): PlanViolation[] {
  const out: PlanViolation[] = [];
  const stops: Visit[] = [];
  for (const stop of route.stops) {
    const visit = visits.get(stop.visitId);
    if (!visit)
      out.push({ officerId: officer.id, visitId: stop.visitId, rule: 'not_approved', message: say.visitGone(officer, stop.visitId) });
    else {
      if (visit.date !== date)
        out.push({ officerId: officer.id, visitId: visit.id, rule: 'not_approved', message: say.otherDay(officer, visit, date) });
      stops.push(visit);
    }
  }
  // A stop whose record is gone cannot be re-timed: check the rest of the route as it stands.
  const checked = stops.length === route.stops.length ? route : { ...route, stops: route.stops.filter((s) => visits.has(s.visitId)) };
  // Timed as if on duty, as an edit does: an inactive officer's route is flagged, not thrown away.
  const onDuty: Officer = { ...officer, isActive: true };
  const matrix = travel.matrixNow?.(planningPoints(stops, [onDuty]), [officer.travelMode]) ?? storedLegs(checked, officer);
  const request: PlanRequest = { date, visits: stops, officers: [onDuty], matrix, rules };
  return [...out, ...routeViolations(request, checked, officer, true)];
}

/**
 * Without a provider that answers at once, the route's own recorded legs stand in for the matrix
 * (visits in route order, then the officer's start and end, as `planningPoints` lays them out):
 * windows, shifts, breaks and limits are still re-checked, but a moved place is not seen.
 */
function storedLegs(route: Route, officer: Officer): TravelMatrix {
  const n = route.stops.length;
  const size = n + 2;
  const durationSec = new Int32Array(size * size);
  const distanceM = new Int32Array(size * size);
  const set = (from: number, to: number, sec: number, m: number) => {
    durationSec[from * size + to] = sec;
    distanceM[from * size + to] = m;
  };
  route.stops.forEach((stop, i) => set(i === 0 ? n : i - 1, i, stop.travelSec, stop.distanceM));
  if (n > 0) set(n - 1, n + 1, route.returnTravelSec, route.returnDistanceM);
  return { size, distanceM, durationSec: { [officer.travelMode]: durationSec } };
}

/**
 * Customers with more routed visits on the day than the rules allow (the first one over is flagged);
 * a visit moved to another day is flagged for that and not counted here.
 */
function frequencyViolations(
  date: LocalDate,
  routes: readonly Route[],
  visits: ReadonlyMap<string, Visit>,
  rules: PlanningRules,
): PlanViolation[] {
  const byCustomer = new Map<string, VisitId[]>();
  for (const route of routes) {
    for (const stop of route.stops) {
      const visit = visits.get(stop.visitId);
      const customerId = visit?.date === date ? visit.customerId : undefined;
      if (customerId !== undefined) byCustomer.set(customerId, [...(byCustomer.get(customerId) ?? []), stop.visitId]);
    }
  }
  const limit = rules.maxVisitsPerCustomerPerDay;
  return [...byCustomer]
    .filter(([, ids]) => ids.length > limit)
    .flatMap(([customerId, ids]) => customerFrequencyViolations(customerId, ids, routes, limit));
}

/**
 * Re-checks the current plan of each date and stores what it now breaks; returns the dates whose
 * flags changed. Call it inside the transaction that changed the data.
 */
export function recheckCurrentPlans(repos: Repos, deps: CheckDeps, dates: Iterable<LocalDate>): LocalDate[] {
  const changed: LocalDate[] = [];
  for (const date of new Set(dates)) {
    const plan = repos.plans.current(date);
    if (!plan) continue;
    const violations = checkPlan(repos, deps, plan);
    if (JSON.stringify(violations) === JSON.stringify(plan.violations)) continue;
    repos.plans.setViolations(plan.id, violations);
    changed.push(date);
  }
  return changed;
}
