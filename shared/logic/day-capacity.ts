import type { Officer, PlanStats } from '../domain';

/** How full a day is: what its plan uses of what its roster offers. */
export interface DayCapacity {
  /** Working time the plan's routes take, and the roster's shift time (each shift from start to end), seconds. */
  plannedSec: number;
  availableSec: number;
  /** Visits in routes, and the sum of the roster's daily visit limits. */
  plannedVisits: number;
  maxVisits: number;
}

/** The day's capacity used, from its roster (as they work that day) and its plan's totals (none: nothing used). */
export function dayCapacity(
  roster: readonly Pick<Officer, 'shiftStartSec' | 'shiftEndSec' | 'maxVisits'>[],
  planned: Pick<PlanStats, 'workingSec' | 'assignedCount'> | null,
): DayCapacity {
  return {
    plannedSec: planned?.workingSec ?? 0,
    availableSec: roster.reduce((sum, o) => sum + (o.shiftEndSec - o.shiftStartSec), 0),
    plannedVisits: planned?.assignedCount ?? 0,
    maxVisits: roster.reduce((sum, o) => sum + o.maxVisits, 0),
  };
}

/** `used` of `available` as a whole percentage (over 100 when overbooked); null when nothing is available. */
export function percentUsed(used: number, available: number): number | null {
  return available > 0 ? Math.round((used / available) * 100) : null;
}
