import type { VisitSummary } from '../../../shared/api/contract';

/** Columns the table sorts by. */
export type SortKey = 'problem' | 'id' | 'name' | 'kind' | 'windows' | 'priority' | 'status' | 'officer';

export interface VisitSort {
  key: SortKey;
  descending: boolean;
}

/** The next sort after a click on a column header: that column ascending, then descending. */
export function nextSort(current: VisitSort | null, key: SortKey): VisitSort {
  return current?.key === key ? { key, descending: !current.descending } : { key, descending: false };
}

/**
 * Visits in the order of one column. `valueOf` gives what the column shows (labels in the current
 * language, so the order matches what the user reads); ties keep the id order, so it is stable.
 */
export function sortVisits(
  visits: readonly VisitSummary[],
  sort: VisitSort | null,
  valueOf: (visit: VisitSummary, key: SortKey) => string | number,
  locale: string,
): VisitSummary[] {
  if (sort === null) return [...visits];
  const collator = new Intl.Collator(locale, { numeric: true });
  const keyed = visits.map((visit) => ({ visit, value: valueOf(visit, sort.key) }));
  const sign = sort.descending ? -1 : 1;
  keyed.sort((a, b) => {
    const byValue =
      typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
    return byValue !== 0 ? sign * byValue : collator.compare(a.visit.id, b.visit.id);
  });
  return keyed.map((k) => k.visit);
}
