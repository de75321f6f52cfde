import { AppError } from '../../../shared/api/errors';
import type { FollowUp, FollowUpRule, OfficerId, Plan, Visit, VisitId, VisitOutcome } from '../../../shared/domain';
import { message, type Sentence } from '../../../shared/i18n';
import { followUpFor } from '../../../shared/logic/follow-ups';
import type { Repos } from '../db/repos';

/**
 * Applies the follow-up rules to outcomes just written, inside the caller's transaction: proposes
 * the visits they call for (once per visit and rule), flags addresses, withdraws a promise's
 * collection visit when the customer paid, and puts a customer who complained under a hold.
 */
export function followUpOutcomes(repos: Repos, outcomes: readonly VisitOutcome[]): void {
  const visits = new Map<string, Visit>(repos.visits.getMany(outcomes.map((o) => o.visitId)).map((v) => [v.id, v]));
  const { rules } = repos.rules.current();
  const officerOf = officerFinder(repos);
  const proposed: number[] = [];
  const withdrawn: number[] = [];
  const held: string[] = [];
  for (const outcome of outcomes) {
    const visit = visits.get(outcome.visitId);
    const action = visit ? followUpFor(outcome, visit, rules) : null;
    if (!visit || !action) continue;
    const already = (rule: FollowUpRule) => repos.followUps.fromVisit(visit.id).some((f) => f.rule === rule);
    if (action.action === 'visit' || action.action === 'flag') {
      if (already(action.rule)) continue;
      const made =
        action.action === 'visit'
          ? repos.followUps.add({
              fromVisitId: visit.id,
              customerId: visit.customerId,
              status: 'proposed',
              fromOfficerId: officerOf(visit),
              ...action,
            })
          : repos.followUps.add({
              fromVisitId: visit.id,
              rule: action.rule,
              customerId: visit.customerId,
              kind: null,
              earliestDate: null,
              latestDate: null,
              windows: [],
              officer: 'any',
              fromOfficerId: officerOf(visit),
              priority: null,
              status: 'flagged',
            });
      proposed.push(made.id);
    } else if (action.action === 'withdraw') {
      for (const f of repos.followUps.proposedFor(visit.customerId).filter((f) => f.rule === 'promise_to_pay')) {
        if (repos.followUps.decide(f.id, 'withdrawn', repos.audit.actorNow())) withdrawn.push(f.id);
      }
    } else if (!repos.holds.unreleased([visit.customerId]).some((h) => h.kind === 'complaint' && h.officerId === null)) {
      const hold = repos.holds.place({
        customerId: visit.customerId,
        kind: 'complaint',
        officerId: null,
        until: null,
        note: inBothLanguages(message('followUp.complaintNote', { visitId: visit.id })),
        placedBy: repos.audit.actorNow(),
      });
      repos.audit.append({ action: 'hold.place', entity: 'customer', entityId: visit.customerId, detail: hold });
      held.push(visit.customerId);
    }
  }
  if (proposed.length + withdrawn.length > 0) {
    repos.audit.append({
      action: 'followUps.propose',
      entity: 'followUp',
      entityId: [...proposed, ...withdrawn].join(','),
      detail: { proposed, withdrawn },
    });
  }
}

/**
 * Approves proposed follow-ups (those named, those of one rule, or all): each becomes a visit,
 * approved by the signed-in user, on its earliest day, its approval valid through its latest day
 * and for its kind, with the customer's details of the visit it came from. One transaction, audited.
 */
export function approveFollowUps(repos: Repos, which: { ids?: readonly number[]; rule?: FollowUpRule }): FollowUp[] {
  return repos.transaction(() => {
    const proposed = repos.followUps.list().filter((f) => f.status === 'proposed');
    let chosen = proposed.filter((f) => which.rule === undefined || f.rule === which.rule);
    if (which.ids !== undefined) {
      for (const id of which.ids) {
        if (!proposed.some((f) => f.id === id)) throw new AppError('bad_input', message('followUp.notProposed', { id }));
      }
      chosen = chosen.filter((f) => which.ids!.includes(f.id));
    }
    const by = repos.audit.actorNow();
    const origins = new Map<string, Visit>(repos.visits.getMany(chosen.map((f) => f.fromVisitId)).map((v) => [v.id, v]));
    const made: Visit[] = chosen.map((f) => {
      const from = origins.get(f.fromVisitId)!;
      return {
        ...from,
        id: `${f.fromVisitId}-F${f.id}` as VisitId,
        date: f.earliestDate!,
        kind: f.kind!,
        windows: f.windows,
        status: 'approved',
        approvalRef: `FU-${f.id}`,
        approvedBy: by,
        approvalExpires: f.latestDate,
        approvalScope: [f.kind!],
        priority: f.priority ?? from.priority,
        notes: inBothLanguages(message('followUp.visitNote', { visitId: f.fromVisitId })),
      };
    });
    repos.visits.upsertMany(made);
    for (const [i, f] of chosen.entries()) repos.followUps.decide(f.id, 'approved', by, made[i].id);
    if (made.length > 0) {
      repos.audit.append({
        action: 'followUps.approve',
        entity: 'visit',
        entityId: made.map((v) => v.id).join(','),
        detail: { followUps: chosen.map((f) => f.id) },
      });
    }
    return chosen.map((f) => repos.followUps.get(f.id)!);
  });
}

/** The officer whose route holds a visit in its day's current plan (null: in none); each day's plan read once. */
function officerFinder(repos: Repos): (visit: Visit) => OfficerId | null {
  const plans = new Map<string, Plan | null>();
  return (visit) => {
    if (!plans.has(visit.date)) plans.set(visit.date, repos.plans.current(visit.date));
    return plans.get(visit.date)?.routes.find((r) => r.stops.some((s) => s.visitId === visit.id))?.officerId ?? null;
  };
}

/** A note stored as data (one text): read by Chinese and English offices alike. */
function inBothLanguages(sentence: Sentence): string {
  return `${sentence.zh} ${sentence.en}`;
}
