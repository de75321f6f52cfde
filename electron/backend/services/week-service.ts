import type { NamedOfficer, WeekDay } from '../../../shared/api/officer-days';
import { addDays, type LocalDate, type Officer, type OfficerDay, type VisitStatus } from '../../../shared/domain';
import { dayCapacity } from '../../../shared/logic/day-capacity';
import { dayKind, rosterOn } from '../../../shared/logic/roster';
import type { Repos } from '../db/repos';

/**
 * The week view (issue 19): for each of `days` days from `from`, the visits by status, who is on
 * the day's roster and who is off or works differently, how full the current plan is, and whether
 * there is one. Read only.
 */
export function weekOf(repos: Repos, from: LocalDate, days: number): WeekDay[] {
  const dates = Array.from({ length: days }, (_, i) => addDays(from, i));
  const active = repos.officers.listActive();
  const entries = repos.officerDays.between(dates[0], dates[dates.length - 1]);
  return dates.map((date) => {
    const ofDate = entries.filter((d) => d.date === date);
    const roster = rosterOn(active, ofDate);
    const totals = repos.plans.currentTotals(date);
    return {
      date,
      visits: countByStatus(repos.visits.listByDate(date).map((v) => v.status)),
      onShift: roster.length,
      off: namedOfKind(active, ofDate, 'off'),
      changed: namedOfKind(active, ofDate, 'changed'),
      hasPlan: totals !== null,
      problems: totals?.problems ?? 0,
      ...dayCapacity(roster, totals?.stats ?? null),
    };
  });
}

function countByStatus(statuses: readonly VisitStatus[]): WeekDay['visits'] {
  const counts: WeekDay['visits'] = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** The active officers whose day reads as `kind` on the grid, by id. */
function namedOfKind(active: readonly Officer[], days: readonly OfficerDay[], kind: 'off' | 'changed'): NamedOfficer[] {
  const byId = new Map<string, Officer>(active.map((o) => [o.id, o]));
  return days.flatMap((d) => {
    const officer = byId.get(d.officerId);
    return officer && dayKind(d) === kind ? [{ officerId: officer.id, name: officer.name }] : [];
  });
}
