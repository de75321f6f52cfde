import type { LocalDate, Officer, OfficerDay, OfficerId } from '../../../shared/domain';
import { officerOnDay, rosterOn } from '../../../shared/logic/roster';
import type { Repos } from '../db/repos';

/** What reading a day's roster needs: the officers' records and their days. */
export type RosterRepos = Pick<Repos, 'officers' | 'officerDays'>;

/** The roster the planner uses on `date`: active officers not on leave, with the day's shift and start place. */
export function rosterOf(repos: RosterRepos, date: LocalDate): Officer[] {
  return rosterOn(repos.officers.listActive(), repos.officerDays.on(date));
}

/** Every officer on the roster (active or not) as they work on `date`: what an itinerary of that day shows. */
export function officersAsOn(repos: RosterRepos, date: LocalDate): Officer[] {
  const days = new Map<string, OfficerDay>(repos.officerDays.on(date).map((d) => [d.officerId, d]));
  return repos.officers.list().map((o) => officerOnDay(o, days.get(o.id)));
}

/** One officer as they work on `date` (on leave: not on duty), or null when unknown. */
export function officerOnDate(repos: RosterRepos, officerId: OfficerId, date: LocalDate): Officer | null {
  const officer = repos.officers.get(officerId);
  return officer && officerOnDay(officer, repos.officerDays.get(officerId, date) ?? undefined);
}

/** The known ones of these officers as they work on `date`, by id. */
export function officersOnDate(repos: RosterRepos, officerIds: Iterable<OfficerId>, date: LocalDate): Map<string, Officer> {
  const out = new Map<string, Officer>();
  for (const id of officerIds) {
    const officer = officerOnDate(repos, id, date);
    if (officer) out.set(id, officer);
  }
  return out;
}
