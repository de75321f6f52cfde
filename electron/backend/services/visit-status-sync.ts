import type { Plan, VisitId } from '../../../shared/domain';
import type { Repos } from '../db/repos';
import type { VisitStatusChange } from '../../../shared/api/contract';
import { movedTo } from './plan-context';

/**
 * Visit statuses follow the current plan when it changes from `from` to `to` (undo, redo): visits
 * that join a route become planned, visits that leave every route go back to approved. Visits
 * already in the field (dispatched, done) or cancelled are left alone.
 */
export function syncVisitStatuses(repos: Repos, from: Plan, to: Plan): VisitStatusChange[] {
  const before = assignedIds(from);
  const after = assignedIds(to);
  const joined = [...after].filter((id) => !before.has(id));
  const left = [...before].filter((id) => !after.has(id));
  return [
    ...movedTo('planned', repos.visits.changeStatus(joined, 'approved', 'planned')),
    ...movedTo('approved', repos.visits.changeStatus(left, 'planned', 'approved')),
  ];
}

function assignedIds(plan: Plan): Set<VisitId> {
  const ids = new Set<VisitId>();
  for (const route of plan.routes) for (const stop of route.stops) ids.add(stop.visitId);
  return ids;
}
