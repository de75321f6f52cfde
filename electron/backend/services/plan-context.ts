import type { PlanView, VisitStatusChange, VisitSummary } from '../../../shared/api/contract';
import type { VisitId, VisitStatus } from '../../../shared/domain';
import type { Repos } from '../db/repos';
import type { PlanningDeps } from './planning-service';
import type { PlanJobs } from './plan-jobs';
import type { PlanStore } from './plan-store';
import type { Session } from './session-service';

/** What the plan services share over one workspace: storage, the plan cache, running jobs, planning set-up, who is signed in. */
export interface PlanContext {
  repos: Repos;
  store: PlanStore;
  jobs: PlanJobs;
  deps: PlanningDeps;
  /** Who is signed in: the audit trail names them, and a supervisor may override a visiting rule. */
  session: Session;
}

/** A plan just made the day's current one, with the visits whose status moved with it. */
export interface SavedView {
  view: PlanView;
  visitStatuses: VisitStatusChange[];
  /** Visits whose records changed with it (a visit edit undone or redone), as the screens show them. */
  visits?: VisitSummary[];
}

/** Status changes as the API reports them. */
export function movedTo(status: VisitStatus, ids: readonly VisitId[]): VisitStatusChange[] {
  return ids.map((visitId) => ({ visitId, status }));
}
