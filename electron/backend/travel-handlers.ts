import type { Handlers } from '../../shared/api/contract';
import type { Repos } from './db/repos';
import { testRouter } from './services/travel-test-service';
import type { RouterDeps } from './travel/router-provider';

type TravelMethod = 'settings.travel' | 'settings.setTravel' | 'settings.testTravel';

/** The router setting (issue 20): read, stored (audited, the key never written to the log) and tried. */
export function createTravelHandlers(repos: Repos, deps: Pick<RouterDeps, 'client'>): Pick<Handlers, TravelMethod> {
  return {
    'settings.travel': () => repos.settings.travelSettings(),
    'settings.setTravel': (settings) => {
      repos.transaction(() => {
        repos.settings.setTravelSettings(settings);
        const detail = { ...settings, apiKey: settings.apiKey === '' ? '' : '(set)' };
        repos.audit.append({ action: 'settings.travel', entity: 'settings', entityId: 'travel', detail });
      });
      return repos.settings.travelSettings();
    },
    'settings.testTravel': (settings) => testRouter(repos, settings, deps),
  };
}
