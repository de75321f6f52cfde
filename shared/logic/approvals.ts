import type { LocalDate, Message, Visit } from '../domain';
import { message } from '../i18n';

/** What of a visit its approval speaks to. */
export type ApprovedVisit = Pick<Visit, 'kind' | 'approvalRef' | 'approvalExpires' | 'approvalScope'>;

/**
 * Why a visit's approval does not let it be planned on `date`, naming the approval: it expired
 * before that day (`approvalExpires` is the last valid day), or its scope leaves out the visit's
 * kind. Null when the approval holds; an approval without an expiry or a scope holds for any day
 * and kind.
 */
export function approvalProblem(visit: ApprovedVisit, date: LocalDate): Message | null {
  const ref = visit.approvalRef;
  if (visit.approvalExpires !== null && visit.approvalExpires < date) {
    return message('approval.expired', { ref, expires: visit.approvalExpires, date });
  }
  if (visit.approvalScope !== null && !visit.approvalScope.includes(visit.kind)) {
    const scope = visit.approvalScope.map((kind) => message(`approval.kind.${kind}`));
    return message('approval.outOfScope', { ref, scope, kind: message(`approval.kind.${visit.kind}`) });
  }
  return null;
}
