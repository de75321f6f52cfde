import type { Repos } from '../db/repos';
import type { PlanningDeps } from './planning-service';
import type { PlanJobs } from './plan-jobs';
import type { PlanStore } from './plan-store';

/** What the plan services share over one workspace: storage, the plan cache, running jobs, planning set-up. */
export interface PlanContext {
  repos: Repos;
  store: PlanStore;
  jobs: PlanJobs;
  deps: PlanningDeps;
}
