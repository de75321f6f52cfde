import type { Officer, PlanStats, VisitStatus } from '../domain';

/** The counts a dispatcher reads first for a day. */
export interface DayCounts {
  visits: number;
  approved: number;
  planned: number;
  unassigned: number;
  officersOnShift: number;
}

/**
 * Counted from what the board already holds (the day's visits, the roster, the plan's totals), so
 * they follow every patch of those without asking the back end again.
 */
export function dayCounts(
  visits: readonly { status: VisitStatus }[],
  officers: readonly Pick<Officer, 'isActive'>[],
  planStats: Pick<PlanStats, 'unassignedCount'> | null,
): DayCounts {
  return {
    visits: visits.length,
    approved: visits.filter((v) => v.status === 'approved').length,
    planned: visits.filter((v) => v.status === 'planned').length,
    unassigned: planStats?.unassignedCount ?? 0,
    officersOnShift: officers.filter((o) => o.isActive).length,
  };
}
