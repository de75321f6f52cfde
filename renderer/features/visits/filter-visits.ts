import type { VisitSummary } from '../../../shared/api/contract';
import type { VisitKind, VisitStatus } from '../../../shared/domain';

/**
 * Visits whose id, masked name, address, officer name or shown labels contain every word of the
 * query (case-insensitive). `labelsOf` supplies the texts the user sees, in the current language.
 */
export function filterVisits(visits: readonly VisitSummary[], query: string, labelsOf: (visit: VisitSummary) => string[]): VisitSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...visits];
  return visits.filter((visit) => {
    const haystack = [visit.id, visit.displayName, visit.address, ...labelsOf(visit)].join('\n').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The table's filters; null means "any". */
export interface VisitFilter {
  text: string;
  status: VisitStatus | null;
  kind: VisitKind | null;
  /** Team of the officer the visit is planned with. */
  team: string | null;
  /** Visits with an appointment window overlapping this time range (seconds since midnight). */
  fromSec: number | null;
  toSec: number | null;
  priority: number | null;
  /** Only visits the board flags: unassigned or breaking a rule. */
  problemsOnly: boolean;
}

export const NO_FILTER: VisitFilter = {
  text: '',
  status: null,
  kind: null,
  team: null,
  fromSec: null,
  toSec: null,
  priority: null,
  problemsOnly: false,
};

export interface FilterContext {
  labelsOf(visit: VisitSummary): string[];
  teamOf(visit: VisitSummary): string | null;
  hasProblem(visit: VisitSummary): boolean;
}

/** Every filter at once; the text filter last, as it is the slowest. */
export function applyVisitFilter(visits: readonly VisitSummary[], filter: VisitFilter, context: FilterContext): VisitSummary[] {
  const from = filter.fromSec ?? 0;
  const to = filter.toSec ?? Number.POSITIVE_INFINITY;
  const byWindow = filter.fromSec !== null || filter.toSec !== null;
  const kept = visits.filter(
    (visit) =>
      (filter.status === null || visit.status === filter.status) &&
      (filter.kind === null || visit.kind === filter.kind) &&
      (filter.priority === null || visit.priority === filter.priority) &&
      (filter.team === null || context.teamOf(visit) === filter.team) &&
      (!byWindow || visit.windows.some((w) => w.startSec <= to && w.endSec >= from)) &&
      (!filter.problemsOnly || context.hasProblem(visit)),
  );
  return filter.text.trim() === '' ? kept : filterVisits(kept, filter.text, context.labelsOf);
}

/** How many filters besides the text are set, for the "clear filters" button. */
export function activeFilterCount(filter: VisitFilter): number {
  return (
    [filter.status, filter.kind, filter.team, filter.fromSec, filter.toSec, filter.priority].filter((value) => value !== null).length +
    (filter.problemsOnly ? 1 : 0) +
    (filter.text.trim() ? 1 : 0)
  );
}
