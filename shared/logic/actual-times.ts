import type { Officer, Route, Visit, VisitOutcome } from '../domain';

/** When an officer was at a visit, as their return says: arrival and leaving, seconds since midnight. */
export interface ActualTimes {
  startSec: number;
  endSec: number;
}

/**
 * A reported visit's times: arrival and leaving as reported; one of them missing is taken from the
 * other and the visit's service time. Null when the return gives neither.
 */
export function actualTimesOf(outcome: Pick<VisitOutcome, 'arrivedSec' | 'leftSec'>, serviceSec: number): ActualTimes | null {
  const { arrivedSec, leftSec } = outcome;
  if (arrivedSec === null && leftSec === null) return null;
  const startSec = arrivedSec ?? Math.max(0, leftSec! - serviceSec);
  return { startSec, endSec: Math.max(startSec, leftSec ?? startSec + serviceSec) };
}

/** The position in `order` of the last visit with reported times (−1: none). */
export function lastReported(order: readonly string[], actuals: ReadonlyMap<string, ActualTimes>): number {
  for (let i = order.length - 1; i >= 0; i--) if (actuals.has(order[i])) return i;
  return -1;
}

/**
 * The officer as their day goes on from the last reported visit: starting from its place when they
 * left it, with the breaks they can still take (those that may start from then on).
 */
export function continuingFrom(officer: Officer, visit: Pick<Visit, 'location'>, leftSec: number): Officer {
  const shiftStartSec = Math.min(Math.max(officer.shiftStartSec, leftSec), officer.shiftEndSec - 1);
  return {
    ...officer,
    // A reported visit was routed, so it has a place; the officer's own start stands in otherwise.
    start: visit.location ?? officer.start,
    shiftStartSec,
    breaks: officer.breaks.filter((b) => b.latestStartSec >= shiftStartSec),
  };
}

/**
 * One route from what happened and what is still to come: the stops up to the last reported one
 * at their reported times (travel as `planned` timed them; an unreported one among them keeps its
 * planned times), then `rest`, the remaining stops timed from where and when the officer left the
 * last reported visit (null: none remain). Totals follow: travel and distance summed, the end place
 * reached as `rest` says (or by the planned return from the last visit), working time from leaving
 * the start place to reaching the end.
 */
export function joinReported(planned: Route, reportedCount: number, actuals: ReadonlyMap<string, ActualTimes>, rest: Route | null): Route {
  const done = planned.stops.slice(0, reportedCount).map((stop) => {
    const actual = actuals.get(stop.visitId);
    return actual ? { ...stop, arrivalSec: actual.startSec, startSec: actual.startSec, endSec: actual.endSec, waitSec: 0 } : stop;
  });
  const stops = [...done, ...(rest?.stops ?? [])];
  const lastEnd = done[done.length - 1].endSec;
  const returnTravelSec = rest ? rest.returnTravelSec : planned.returnTravelSec;
  const returnDistanceM = rest ? rest.returnDistanceM : planned.returnDistanceM;
  const finishSec = rest ? rest.finishSec : lastEnd + returnTravelSec;
  const first = done[0];
  const departSec = Math.min(planned.departSec, first.arrivalSec - first.travelSec);
  return {
    officerId: planned.officerId,
    departSec,
    stops,
    breakTaken: breakOf(planned, reportedCount, rest),
    returnTravelSec,
    returnDistanceM,
    finishSec,
    travelSec: stops.reduce((sum, s) => sum + s.travelSec, 0) + returnTravelSec,
    distanceM: stops.reduce((sum, s) => sum + s.distanceM, 0) + returnDistanceM,
    workingSec: Math.max(0, finishSec - departSec),
  };
}

/** The break still to come as the rest was timed (after the last reported stop at the earliest), or one planned among the reported stops. */
function breakOf(planned: Route, reportedCount: number, rest: Route | null): Route['breakTaken'] {
  if (rest?.breakTaken) return { ...rest.breakTaken, afterStop: rest.breakTaken.afterStop + reportedCount };
  const before = planned.breakTaken;
  return before && before.afterStop < reportedCount - 1 ? before : null;
}
