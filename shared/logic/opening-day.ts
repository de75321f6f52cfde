import type { LocalDate } from '../domain';

/**
 * The day the board opens on: today, or else the next day that has visits (tomorrow's round being
 * prepared), or else the latest past day. Dates compare as `YYYY-MM-DD` strings; null when no day
 * has visits.
 */
export function openingDay(datesWithVisits: readonly LocalDate[], today: LocalDate): LocalDate | null {
  let next: LocalDate | null = null;
  let latest: LocalDate | null = null;
  for (const date of datesWithVisits) {
    if (date === today) return today;
    if (date > today && (next === null || date < next)) next = date;
    if (latest === null || date > latest) latest = date;
  }
  return next ?? latest;
}
