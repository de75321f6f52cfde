import type { Database } from 'better-sqlite3';
import type { DayStatus } from '../../../shared/api/contract';
import type { LocalDate } from '../../../shared/domain';
import { openingDay } from '../../../shared/logic/opening-day';
import { createVisitsRepo } from '../db/repos/visits-repo';
import { createOfficersRepo } from '../db/repos/officers-repo';
import { createPlansRepo } from '../db/repos/plans-repo';

/** The workspace header: which days have visits, and the counts for `date` (by default the day the board opens on). */
export function workspaceStatus(
  db: Database,
  date: LocalDate | undefined,
  today: LocalDate,
): {
  dates: LocalDate[];
  day: DayStatus | null;
  officerCount: number;
} {
  const visitsRepo = createVisitsRepo(db);
  const dates = visitsRepo.dates();
  const officers = createOfficersRepo(db).listActive();
  const chosen = date ?? openingDay(dates, today);
  if (!chosen) return { dates, day: null, officerCount: officers.length };
  const counts = visitsRepo.countByStatus(chosen);
  // The summary's stats suffice here; loading the whole plan on every refresh would not scale.
  const plan =
    createPlansRepo(db)
      .listForDate(chosen)
      .find((p) => p.isCurrent) ?? null;
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
