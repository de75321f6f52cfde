import type { Handlers } from '../../shared/api/contract';
import type { Repos } from './db/repos';
import { purgePersonalData, setRetention } from './services/retention-service';
import { requireSupervisor, type Session } from './services/session-service';
import { localToday } from './services/workspace-service';

type RetentionMethod = 'settings.retention' | 'settings.setRetention' | 'retention.purge';

/**
 * Retention of personal data (issue 21). Anyone may run the purge the workspace's setting calls
 * for; setting it, or erasing sooner than it says, is a supervisor's decision.
 */
export function createRetentionHandlers(repos: Repos, session: Session, clock: () => Date): Pick<Handlers, RetentionMethod> {
  return {
    'settings.retention': () => repos.retention.settings(),
    'settings.setRetention': (settings) => {
      requireSupervisor(session, 'users.action.changeRetention');
      return setRetention(repos, settings);
    },
    'retention.purge': ({ dryRun, keepDays }) => {
      const setting = repos.retention.settings().keepDays;
      const sooner = keepDays !== undefined && (setting === null || keepDays < setting);
      if (sooner && !dryRun) requireSupervisor(session, 'users.action.purgeSooner');
      return purgePersonalData(repos, localToday(clock), keepDays ?? setting, dryRun);
    },
  };
}
