import { localDateOf, type LocalDate } from '../../../shared/domain';
import { openingDay } from '../../../shared/logic/opening-day';
import type { Repos } from '../db/repos';

/** The days that have visits, and the one the board opens on: today, or the next day with visits. */
export function workspaceStatus(repos: Repos, today: LocalDate): { dates: LocalDate[]; openingDay: LocalDate | null } {
  const dates = repos.visits.dates();
  return { dates, openingDay: openingDay(dates, today) };
}

/** Today's date in the machine's local time zone, the default day to plan. */
export function localToday(clock: () => Date): LocalDate {
  return localDateOf(clock());
}
