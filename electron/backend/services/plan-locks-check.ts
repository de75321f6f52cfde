import type { Message, PlanRequest, PlanResult } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { officerAtStart, officerInRoster } from './plan-edit/officer-label';

/**
 * Checks, independently of the planner, that a plan made from `request.startFrom` kept what the
 * request said must stay: fixed-order routes exactly as they were, pinned visits with their
 * officer, done visits first in their route, and, for an insertion, every existing route's visits
 * with the same officer in the same order. Returns one sentence per breach (empty when all kept).
 */
export function checkPlanKeptLocks(request: PlanRequest, result: PlanResult): Message[] {
  const before = new Map((request.startFrom ?? []).map((r) => [r.officerId as string, r.visitIds as readonly string[]]));
  const after = new Map(result.routes.map((r) => [r.officerId as string, r.stops.map((s) => s.visitId as string)]));
  const officerOf = new Map<string, string>();
  for (const [officerId, visitIds] of after) for (const id of visitIds) officerOf.set(id, officerId);
  const out: Message[] = [];
  const locks = request.locks;
  const officer = (id: string) => officerInRoster(id, request.officers);

  for (const officerId of locks?.fixedOrder ?? []) {
    const was = before.get(officerId) ?? [];
    if (!sameList(after.get(officerId) ?? [], was)) {
      out.push(message('violation.lockedRouteChanged', { officer: officer(officerId) }));
    }
  }
  for (const { visitId, officerId } of locks?.pinned ?? []) {
    if (officerOf.get(visitId) !== officerId) {
      out.push(message('violation.pinnedVisitMoved', { visitId, officer: officer(officerId) }));
    }
  }
  const done = new Set<string>(locks?.done ?? []);
  for (const [officerId, was] of before) {
    const doneFirst = was.filter((id) => done.has(id));
    if (!sameList((after.get(officerId) ?? []).slice(0, doneFirst.length), doneFirst)) {
      out.push(message('violation.doneVisitsMoved', { officer: officerInRoster(officerId, request.officers, officerAtStart) }));
    }
    if (request.insertOnly === true) {
      const kept = new Set(was);
      if (
        !sameList(
          (after.get(officerId) ?? []).filter((id) => kept.has(id)),
          was,
        )
      ) {
        out.push(message('violation.existingRouteChanged', { officer: officer(officerId) }));
      }
    }
  }
  return out;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
