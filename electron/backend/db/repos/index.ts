import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { systemClock, type Clock } from './clock';
import { createVisitsRepo } from './visits-repo';
import { createOfficersRepo } from './officers-repo';
import { createPlansRepo } from './plans-repo';
import { createPlanHistoryRepo } from './plan-history-repo';
import { createAuditRepo } from './audit-repo';
import { createImportBatchesRepo } from './import-batches-repo';
import { createImportMappingsRepo } from './import-mappings-repo';
import { createSettingsRepo } from './settings-repo';
import { createTravelCacheRepo } from './travel-cache-repo';
import { createHoldsRepo } from './holds-repo';
import { createRulesRepo } from './rules-repo';
import { createUsersRepo } from './users-repo';
import { createOutcomesRepo } from './outcomes-repo';
import { createFollowUpsRepo } from './follow-ups-repo';
import { createSentPlansRepo } from './sent-plans-repo';
import { createOfficerDaysRepo } from './officer-days-repo';
import { createGeocodingRepo } from './geocoding-repo';
import { createTerritoriesRepo } from './territories-repo';
import { createRetentionRepo } from './retention-repo';

export type Repos = ReturnType<typeof createRepos>;

/**
 * Every repository of one open workspace, built once (their statements are prepared once) and
 * handed to the services, which never see the database handle itself. `actor` is who the audit
 * log names for changes made through them: the signed-in user's id when asked at the time of the
 * change, else the channel (`dispatcher` for the desktop app and browser, `cli`).
 */
export function createRepos(db: Db, clock: Clock = systemClock, actor: string | (() => string) = 'dispatcher') {
  return {
    clock,
    visits: createVisitsRepo(db, clock),
    officers: createOfficersRepo(db, clock),
    plans: createPlansRepo(db),
    planHistory: createPlanHistoryRepo(db),
    audit: createAuditRepo(db, clock, actor),
    importBatches: createImportBatchesRepo(db, clock),
    importMappings: createImportMappingsRepo(db, clock),
    settings: createSettingsRepo(db),
    travelCache: createTravelCacheRepo(db),
    holds: createHoldsRepo(db, clock),
    rules: createRulesRepo(db, clock),
    users: createUsersRepo(db, clock),
    outcomes: createOutcomesRepo(db, clock),
    followUps: createFollowUpsRepo(db, clock),
    sentPlans: createSentPlansRepo(db),
    officerDays: createOfficerDaysRepo(db, clock),
    geocoding: createGeocodingRepo(db, clock),
    territories: createTerritoriesRepo(db, clock),
    retention: createRetentionRepo(db, clock),
    /**
     * Runs `fn` in one transaction: all of its writes commit together or none do. Repos' own
     * transactions inside become savepoints, so services compose several repo calls atomically.
     * `fn` must be synchronous; an exception rolls everything back.
     */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
  };
}
