import { AppError } from '../../../../shared/api/errors';
import type { Message, Officer, PlanRequest, PlanViolation, Route, Visit, ViolationRule } from '../../../../shared/domain';
import { message } from '../../../../shared/i18n';
import { verifyRoute, type VerifyRule } from '../../../../shared/logic/verify-plan';
import { violationSentences as say } from './violation-sentences';

/** How each finding of the independent checker shows on the board; null: re-timing itself is wrong. */
const BOARD_RULE: Record<VerifyRule, ViolationRule | null> = {
  outside_window: 'window',
  outside_permitted_hours: 'permitted_hours',
  depart_before_shift: 'shift',
  shift_overrun: 'shift',
  officer_inactive: 'shift',
  max_working_time: 'max_working_time',
  max_visits: 'max_visits',
  skill_missing: 'skill',
  skill_expired: 'skill',
  break_missing: 'break',
  break_unexpected: 'break',
  break_window: 'break',
  break_duration: 'break',
  break_position: 'break',
  break_overlap: 'break',
  visit_cancelled: 'not_approved',
  too_frequent: 'too_frequent',
  matrix_invalid: null,
  visit_missing: null,
  visit_duplicated: null,
  visit_unknown: null,
  unassigned_without_reason: null,
  officer_unknown: null,
  officer_duplicated: null,
  travel_mismatch: null,
  distance_mismatch: null,
  arrival_mismatch: null,
  start_before_arrival: null,
  service_mismatch: null,
  wait_mismatch: null,
  return_mismatch: null,
  finish_mismatch: null,
  route_totals_mismatch: null,
  working_time_mismatch: null,
  empty_route_totals: null,
};

/** Rules about one visit; the others are about the officer's whole day. */
const VISIT_RULES = new Set<ViolationRule>(['window', 'permitted_hours', 'skill', 'not_approved', 'too_frequent', 'times_changed']);

/**
 * The rules a route breaks, found by the independent checker (`verifyRoute`) and told in the
 * dispatcher's words. `request` holds just this route's visits (in route order) and the officer.
 * Times that do not add up are our bug in a route just re-timed (it throws), but expected in a
 * stored route whose visits or officer changed since (`storedTimes`: flagged once, at the first
 * stop concerned).
 */
export function routeViolations(request: PlanRequest, route: Route, officer: Officer, storedTimes = false): PlanViolation[] {
  const byId = new Map<string, Visit>(request.visits.map((v) => [v.id, v]));
  const stopOf = new Map(route.stops.map((s) => [s.visitId as string, s]));
  const out: PlanViolation[] = [];
  const seen = new Set<string>();
  if (!officer.isActive) out.push({ officerId: officer.id, visitId: null, rule: 'shift', message: say.offDuty(officer, route) });
  for (const finding of verifyRoute(request, route)) {
    const rule = BOARD_RULE[finding.rule];
    const visit = finding.visitId === undefined ? undefined : byId.get(finding.visitId);
    if (rule === null && storedTimes) {
      if (!out.some((v) => v.rule === 'times_changed'))
        out.push({
          officerId: officer.id,
          visitId: visit?.id ?? null,
          rule: 'times_changed',
          message: say.timesChanged(officer, visit, route),
        });
      continue;
    }
    const said = rule === null ? null : sentence(finding.rule, request, route, officer, visit, stopOf);
    if (rule === null || said === null) {
      throw new AppError(
        'internal',
        message('editRefused.inconsistentTimes', { officerId: officer.id, finding: finding.message }),
        finding,
      );
    }
    const visitId = VISIT_RULES.has(rule) ? (visit?.id ?? null) : null;
    const key = `${rule}:${visitId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ officerId: officer.id, visitId, rule, message: said });
  }
  for (const visit of request.visits) {
    if (visit.status === 'cancelled')
      out.push({ officerId: officer.id, visitId: visit.id, rule: 'not_approved', message: say.cancelled(officer, visit) });
  }
  return out;
}

function sentence(
  rule: VerifyRule,
  request: PlanRequest,
  route: Route,
  officer: Officer,
  visit: Visit | undefined,
  stopOf: Map<string, Route['stops'][number]>,
): Message | null {
  const stop = visit && stopOf.get(visit.id);
  switch (rule) {
    case 'outside_window':
      return visit && stop ? say.window(officer, visit, stop) : null;
    case 'outside_permitted_hours':
      return visit && stop ? say.permittedHours(officer, visit, stop, request.rules) : null;
    case 'skill_missing':
    case 'skill_expired':
      return visit ? say.skill(officer, visit, request.date) : null;
    case 'depart_before_shift':
      return say.departBeforeShift(officer, route);
    case 'officer_inactive':
      return say.offDuty(officer, route);
    case 'max_working_time':
      return say.maxWorkingTime(officer, route);
    case 'max_visits':
      return say.maxVisits(officer, route);
    case 'shift_overrun':
      return say.shiftOverrun(officer, route);
    default:
      return say.break(officer);
  }
}
