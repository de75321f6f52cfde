import type { CodeCheck, VisitStatusChange } from '../../../shared/api/contract';
import type { LocalDate, OfficerId } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import type { Repos } from '../db/repos';
import { normaliseCode, verificationCode } from '../export/verification-code';
import { movedTo } from './plan-context';

/**
 * Whether a code a customer reads out belongs to a visit of the day's current plan, and whose. A
 * code is genuine only for the officer the visit is assigned to now: a visit given to another
 * officer has a new code, and its old one fails here. The check is audited (a hotline's record).
 */
export function checkCode(repos: Repos, typed: string, date: LocalDate): CodeCheck {
  const code = normaliseCode(typed);
  const plan = repos.plans.current(date);
  const none = { code, date, visitId: null, officerId: null, officerName: null, dispatched: false };
  let result: CodeCheck;
  if (!plan) {
    result = { ...none, genuine: false, message: message('codeCheck.noPlan', { date }) };
  } else {
    const secret = repos.settings.verificationSecret();
    const match = plan.routes
      .flatMap((route) => route.stops.map((stop) => ({ officerId: route.officerId, visitId: stop.visitId })))
      .find((stop) => verificationCode(secret, date, stop.officerId, stop.visitId) === code);
    if (!match) {
      result = { ...none, genuine: false, message: message('codeCheck.notGenuine', { code, date }) };
    } else {
      const officerName = repos.officers.get(match.officerId)?.name ?? match.officerId;
      const dispatched = repos.visits.getMany([match.visitId])[0]?.status !== 'planned';
      const values = { code, date, officerName, officerId: match.officerId, visitId: match.visitId };
      result = {
        code,
        date,
        genuine: true,
        visitId: match.visitId,
        officerId: match.officerId,
        officerName,
        dispatched,
        message: message(dispatched ? 'codeCheck.genuine' : 'codeCheck.genuineNotDispatched', values),
      };
    }
  }
  repos.audit.append({
    action: 'code.check',
    entity: 'plan',
    entityId: plan?.id ?? date,
    detail: { date, code, genuine: result.genuine, visitId: result.visitId, officerId: result.officerId },
  });
  return result;
}

/**
 * Takes the day's dispatched visits back from the field (all officers', or the named ones'): they
 * are planned again, so re-optimising may move them. Audited, in one transaction.
 */
export function takeBack(repos: Repos, date: LocalDate, officerIds?: readonly OfficerId[]): VisitStatusChange[] {
  const plan = repos.plans.current(date);
  if (!plan) return [];
  const named = officerIds ? new Set<string>(officerIds) : null;
  const visitIds = plan.routes.filter((r) => !named || named.has(r.officerId)).flatMap((r) => r.stops.map((s) => s.visitId));
  return repos.transaction(() => {
    const changed = repos.visits.changeStatus(visitIds, 'dispatched', 'planned');
    repos.audit.append({
      action: 'dispatch.takeBack',
      entity: 'plan',
      entityId: plan.id,
      detail: { date, officers: officerIds ?? 'all', visits: changed },
    });
    return movedTo('planned', changed);
  });
}
