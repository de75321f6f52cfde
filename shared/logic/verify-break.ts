import { plannedBreak, type Officer, type Route } from '../domain';
import { clockText, type PlanViolation } from './verify-types';

/**
 * Checks the recorded break against the officer's break rule: present when the day reaches the
 * break's earliest start, inside the start range, of the right length, after an existing stop.
 * The break checked is the one plans schedule (`plannedBreak`: the earliest), as a route records one.
 */
export function checkBreakRecord(officer: Officer, route: Route): PlanViolation[] {
  const rule = plannedBreak(officer);
  const taken = route.breakTaken;
  const officerId = officer.id;
  if (taken === null) {
    if (rule && route.stops.length > 0 && route.finishSec > rule.earliestStartSec) {
      return [
        {
          officerId,
          rule: 'break_missing',
          message: `Officer ${officerId} works until ${clockText(route.finishSec)} but takes no break (one is due from ${clockText(rule.earliestStartSec)}).`,
        },
      ];
    }
    return [];
  }
  if (!rule) {
    return [
      { officerId, rule: 'break_unexpected', message: `Officer ${officerId} has no break in their shift, but the route records one.` },
    ];
  }
  const out: PlanViolation[] = [];
  if (taken.startSec < rule.earliestStartSec || taken.startSec > rule.latestStartSec) {
    out.push({
      officerId,
      rule: 'break_window',
      message: `Officer ${officerId}'s break starts at ${clockText(taken.startSec)}, outside the allowed start range ${clockText(rule.earliestStartSec)}-${clockText(rule.latestStartSec)}.`,
    });
  }
  if (taken.endSec - taken.startSec !== rule.durationSec) {
    out.push({
      officerId,
      rule: 'break_duration',
      message: `Officer ${officerId}'s break lasts ${taken.endSec - taken.startSec} s instead of ${rule.durationSec} s.`,
    });
  }
  if (taken.afterStop < -1 || taken.afterStop >= route.stops.length) {
    out.push({
      officerId,
      rule: 'break_position',
      message: `Officer ${officerId}'s break is placed after stop ${taken.afterStop}, but the route has ${route.stops.length} stops.`,
    });
  }
  return out;
}

/** The stretch between one activity's end and the next visit's start, with the break if it sits there. */
export interface Gap {
  officerId: string;
  visitId: string;
  /** End of the previous activity: departure or the previous visit's end. */
  previousEndSec: number;
  /** Travel time to this visit according to the matrix. */
  travelSec: number;
  arrivalSec: number;
  startSec: number;
  breakTaken: { startSec: number; endSec: number } | null;
}

/**
 * Checks the arrival at a visit. Without a break the officer leaves as soon as the previous
 * activity ends, so arrival = previous end + travel. With a break in the gap, waiting may come
 * before or after the break and the break may be taken while waiting at the door, but the break
 * must not overlap the previous activity, the travel, or the visit.
 */
export function checkArrival(gap: Gap): PlanViolation[] {
  const { officerId, visitId, previousEndSec, travelSec, arrivalSec, startSec, breakTaken } = gap;
  const at = (rule: PlanViolation['rule'], message: string): PlanViolation => ({ officerId, visitId, rule, message });
  if (breakTaken === null) {
    if (arrivalSec === previousEndSec + travelSec) return [];
    return [
      at(
        'arrival_mismatch',
        `Officer ${officerId} should reach visit ${visitId} at ${clockText(previousEndSec + travelSec)} (previous activity ends ${clockText(previousEndSec)}, travel ${travelSec} s), not ${clockText(arrivalSec)}.`,
      ),
    ];
  }
  const out: PlanViolation[] = [];
  if (arrivalSec - travelSec < previousEndSec) {
    out.push(
      at(
        'arrival_mismatch',
        `Officer ${officerId} cannot reach visit ${visitId} by ${clockText(arrivalSec)}: the previous activity ends ${clockText(previousEndSec)} and travel takes ${travelSec} s.`,
      ),
    );
  }
  if (breakTaken.startSec < previousEndSec) {
    out.push(
      at(
        'break_overlap',
        `Officer ${officerId}'s break starts at ${clockText(breakTaken.startSec)}, before the previous activity ends at ${clockText(previousEndSec)}.`,
      ),
    );
  }
  if (breakTaken.endSec > startSec) {
    out.push(
      at(
        'break_overlap',
        `Officer ${officerId}'s break ends at ${clockText(breakTaken.endSec)}, after visit ${visitId} starts at ${clockText(startSec)}.`,
      ),
    );
  }
  const travelStartSec = arrivalSec - travelSec;
  if (travelSec > 0 && travelStartSec < breakTaken.endSec && arrivalSec > breakTaken.startSec) {
    out.push(
      at(
        'break_overlap',
        `Officer ${officerId}'s break ${clockText(breakTaken.startSec)}-${clockText(breakTaken.endSec)} overlaps the travel to visit ${visitId} (${clockText(travelStartSec)}-${clockText(arrivalSec)}).`,
      ),
    );
  }
  return out;
}
