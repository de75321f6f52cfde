import type { Handlers } from '../../shared/api/contract';
import { badInput } from '../../shared/api/errors';
import { message } from '../../shared/i18n';
import type { Repos } from './db/repos';
import type { EventHub } from './events';
import { confirmPlace } from './geocoding/confirm-place';
import { geocodePending, providerFor } from './geocoding/geocoding-service';
import type { GeocodingProvider } from './geocoding/provider';
import type { RetryOptions } from './geocoding/pace';
import { visitSummary } from './services/visit-summary';

type GeocodingMethod = 'settings.geocoding' | 'settings.setGeocoding' | 'geocoding.run' | 'geocoding.cancel' | 'visits.confirmPlace';

export interface GeocodingDeps {
  /** Replaces the service the settings name (tests). */
  provider?: GeocodingProvider;
  /** Retries and their backoff (tests make them quick). */
  retry?: RetryOptions;
}

/** Geocoding (issue 20): its settings, a run over the pending visits (one at a time, cancellable) and confirming a place. */
export function createGeocodingHandlers(repos: Repos, events: EventHub, deps: GeocodingDeps = {}): Pick<Handlers, GeocodingMethod> {
  let running: AbortController | null = null;
  return {
    'settings.geocoding': () => repos.geocoding.settings(),
    'settings.setGeocoding': (settings) => {
      repos.transaction(() => {
        repos.geocoding.setSettings(settings);
        // The key is a secret of the workspace: the audit trail says it changed, not what it is.
        const { key, ...rest } = settings;
        repos.audit.append({
          action: 'settings.geocoding',
          entity: 'settings',
          entityId: 'geocoding',
          detail: { ...rest, hasKey: key !== '' },
        });
      });
      return repos.geocoding.settings();
    },
    'geocoding.run': async ({ date }) => {
      if (running) throw badInput(message('geocoding.busy'));
      const settings = repos.geocoding.settings();
      const provider = deps.provider ?? providerFor(settings);
      const job = new AbortController();
      running = job;
      try {
        return await geocodePending(repos, provider, settings.confidenceThreshold, {
          date,
          signal: job.signal,
          retry: deps.retry,
          onProgress: (counts) => events.emit('geocoding.progress', { date: date ?? null, ...counts }),
        });
      } finally {
        running = null;
      }
    },
    'geocoding.cancel': () => {
      const job = running;
      job?.abort();
      return { cancelled: job !== null };
    },
    'visits.confirmPlace': ({ visitId }) => visitSummary(confirmPlace(repos, visitId)),
  };
}
