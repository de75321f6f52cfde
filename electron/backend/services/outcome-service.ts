import type { VisitStatusChange } from '../../../shared/api/contract';
import { badInput } from '../../../shared/api/errors';
import type { Visit, VisitId, VisitOutcome, VisitStatus } from '../../../shared/domain';
import { message, paragraph } from '../../../shared/i18n';
import { outcomeProblems, type OutcomeProblem } from '../../../shared/logic/outcomes';
import type { Repos } from '../db/repos';
import { movedTo } from './plan-context';
import { followUpOutcomes } from './follow-up-service';
import { crashPoint } from '../crash-point';

/** The problems of each outcome against the visits as stored (see outcomeProblems), by visit. */
export function checkOutcomes(repos: Repos, outcomes: readonly VisitOutcome[]): Map<string, OutcomeProblem[]> {
  const visits = new Map<string, Visit>(repos.visits.getMany(outcomes.map((o) => o.visitId)).map((v) => [v.id, v]));
  const problems = new Map<string, OutcomeProblem[]>();
  for (const outcome of outcomes) {
    const found = outcomeProblems(outcome, visits.get(outcome.visitId) ?? null);
    if (found.length > 0) problems.set(outcome.visitId, found);
  }
  return problems;
}

/**
 * Writes checked outcomes in one transaction (a savepoint inside the caller's): each outcome, its
 * visit's status (done or failed), one audit entry naming the visits, and the follow-ups they call for. Returns the visits whose
 * status moved, and how many outcomes were new or replaced one.
 */
export function writeOutcomes(
  repos: Repos,
  outcomes: readonly VisitOutcome[],
): { visitStatuses: VisitStatusChange[]; inserted: number; updated: number } {
  return repos.transaction(() => {
    const saved = repos.outcomes.saveMany(outcomes, repos.audit.actorNow());
    crashPoint('outcomes.saved');
    const before = new Map<string, VisitStatus>(repos.visits.getMany(outcomes.map((o) => o.visitId)).map((v) => [v.id, v.status]));
    const visitStatuses: VisitStatusChange[] = [];
    for (const to of ['done', 'failed'] as const) {
      const ids = outcomes.filter((o) => o.outcome === to).map((o) => o.visitId);
      for (const from of ['planned', 'dispatched', to === 'done' ? 'failed' : 'done'] as const) {
        const moving = ids.filter((id) => before.get(id) === from);
        visitStatuses.push(...movedTo(to, repos.visits.changeStatus(moving as VisitId[], from, to)));
      }
    }
    repos.audit.append({
      action: 'outcome.record',
      entity: 'visit',
      entityId: outcomes.map((o) => o.visitId).join(','),
      detail: { outcomes },
    });
    // What the outcomes call for: follow-ups to approve, flags, a hold after a complaint.
    followUpOutcomes(repos, outcomes);
    return { visitStatuses, ...saved };
  });
}

/**
 * Records outcomes from the app (one visit or many): all of them, or, when any has a problem,
 * none, refused with every problem named by visit (`details.problems`).
 */
export function recordOutcomes(repos: Repos, outcomes: readonly VisitOutcome[]): { visitStatuses: VisitStatusChange[] } {
  const problems = checkOutcomes(repos, outcomes);
  if (problems.size > 0) {
    const sentences = [...problems.values()].flat().map((p) => p.message);
    throw badInput(message('outcome.refused', { count: problems.size, problems: paragraph(sentences) }), {
      problems: [...problems].map(([visitId, found]) => ({ visitId, problems: found })),
    });
  }
  return { visitStatuses: writeOutcomes(repos, outcomes).visitStatuses };
}
