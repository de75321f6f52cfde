import type { VisitSummary } from '../../../shared/api/contract';

/**
 * Visits whose id, masked name, address, officer name or shown labels contain every word of the
 * query (case-insensitive). `labelsOf` supplies the texts the user sees, in the current language.
 */
export function filterVisits(
  visits: readonly VisitSummary[],
  query: string,
  labelsOf: (visit: VisitSummary) => string[],
): VisitSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...visits];
  return visits.filter((visit) => {
    const haystack = [visit.id, visit.displayName, visit.address, ...labelsOf(visit)].join('\n').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
