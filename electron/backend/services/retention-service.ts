import type { PurgeReport, RetentionSettings } from '../../../shared/api/retention';
import type { LocalDate } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { retentionCutoff } from '../../../shared/logic/retention';
import type { Repos } from '../db/repos';

/** Stores how long personal data is kept, audited (the caller has checked it is a supervisor). */
export function setRetention(repos: Repos, settings: RetentionSettings): RetentionSettings {
  repos.transaction(() => {
    repos.retention.setSettings(settings);
    repos.audit.append({ action: 'settings.retention', entity: 'settings', entityId: 'retention', detail: settings });
  });
  return repos.retention.settings();
}

/**
 * Erases customers' names, phones, addresses, visit notes and outcome remarks of finished visits
 * dated more than `keepDays` before today, in one transaction, audited with counts only. The audit
 * trail is left as it is, so its chain still verifies; a dry run reports and changes nothing.
 */
export function purgePersonalData(repos: Repos, today: LocalDate, keepDays: number | null, dryRun: boolean): PurgeReport {
  const before = retentionCutoff(today, keepDays);
  if (keepDays === null || before === null) {
    return { dryRun, keepDays: null, before: null, visits: 0, dates: [], oldExports: [], message: message('retention.noneSet') };
  }
  return repos.transaction(() => {
    const dates = repos.retention.pendingByDate(before);
    const oldExports = repos.retention.exports().filter((e) => e.date < before);
    const pending = dates.reduce((sum, d) => sum + d.visits, 0);
    const visits = dryRun ? pending : repos.retention.erase(before);
    if (!dryRun) {
      repos.audit.append({
        action: 'retention.purge',
        entity: 'visits',
        detail: { keepDays, before, visits, dates: dates.map((d) => d.date) },
      });
    }
    const values = { count: visits, before, days: keepDays };
    const sentence = message(dryRun ? 'retention.wouldPurge' : 'retention.purged', values);
    return { dryRun, keepDays, before, visits, dates, oldExports, message: sentence };
  });
}
