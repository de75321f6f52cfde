import type { VisitDetail } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { VisitHistoryAction, type VisitHistoryEntry } from '../../../shared/api/visit-edit';
import type { VisitId } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import type { Repos } from '../db/repos';
import { visitSummary } from './visit-summary';

/** Most history entries the detail panel lists. */
const HISTORY_LIMIT = 50;

/** A visit for its detail panel: masked as on every screen, with what the audit log recorded of it, newest first. */
export function visitDetail(repos: Repos, id: VisitId): VisitDetail {
  const visit = repos.visits.get(id);
  if (!visit) throw new AppError('not_found', message('visitEdit.unknownVisit', { visitId: id }));
  const history = repos.audit.listNaming('visit', id, HISTORY_LIMIT).flatMap((entry): VisitHistoryEntry[] => {
    const action = VisitHistoryAction.safeParse(entry.action);
    if (!action.success) return [];
    const detail = entry.detail as { fields?: unknown } | null;
    const fields = Array.isArray(detail?.fields) ? detail.fields.filter((f): f is string => typeof f === 'string') : [];
    return [{ at: entry.at, actor: entry.actor, action: action.data, fields }];
  });
  const [outcome = null] = repos.outcomes.ofVisits([id]);
  return { visit: visitSummary(visit), history, outcome };
}
