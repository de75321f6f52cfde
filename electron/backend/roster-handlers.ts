import type { Handlers } from '../../shared/api/contract';
import type { Repos } from './db/repos';
import { setOfficerDay, type RecheckDays } from './services/officer-day-service';
import { weekOf } from './services/week-service';

type RosterMethod = 'officers.days' | 'officers.setDay' | 'days.week';

/** Officers' availability per day and the week view (issue 19). */
export function createRosterHandlers(repos: Repos, recheck: RecheckDays): Pick<Handlers, RosterMethod> {
  return {
    'officers.days': ({ from, to }) => repos.officerDays.between(from, to),
    'officers.setDay': (request) => setOfficerDay(repos, request, recheck),
    'days.week': ({ from, days }) => weekOf(repos, from, days),
  };
}
