import type { DayStatus } from '../../../shared/api/contract';
import type { LocalDate } from '../../../shared/domain';
import { openingDay } from '../../../shared/logic/opening-day';
import type { Repos } from '../db/repos';

/** The workspace header: which days have visits, and the counts for `date` (by default the day the board opens on). */
export function workspaceStatus(
  repos: Repos,
  date: LocalDate | undefined,
  today: LocalDate,
): {
  dates: LocalDate[];
  day: DayStatus | null;
  officerCount: number;
} {
  const dates = repos.visits.dates();
  const officers = repos.officers.listActive();
  const chosen = date ?? openingDay(dates, today);
  if (!chosen) return { dates, day: null, officerCount: officers.length };
  const counts = repos.visits.countByStatus(chosen);
  // The summary's stats suffice here; loading the whole plan on every refresh would not scale.
  const plan = repos.plans.listForDate(chosen).find((p) => p.isCurrent) ?? null;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    dates,
    officerCount: officers.length,
    day: {
      date: chosen,
      visits: total,
      approved: counts.approved,
      planned: counts.planned,
      unassigned: plan ? plan.stats.unassignedCount : 0,
      officersOnShift: officers.length,
      hasPlan: plan !== null,
    },
  };
}

/** Today's date in the machine's local time zone, the default day to plan. */
export function localToday(clock: () => Date): LocalDate {
  const now = clock();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
