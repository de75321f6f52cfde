import {
  endPoint,
  fetchedLeg,
  formatWindow,
  startPoint,
  type DayTravel,
  type Officer,
  type PlanningRules,
  type Route,
  type Visit,
} from '../domain';
import { checkArrival } from './verify-break';
import { clockText, type PlanViolation } from './verify-types';

/** What re-simulating one route needs: its officer, their position, and the request's visits and matrix. */
export interface TimingContext {
  officer: Officer;
  officerIndex: number;
  /** Visit id → its matrix point (its position in the request). */
  visitIndex: ReadonlyMap<string, number>;
  visits: readonly Visit[];
  matrix: DayTravel;
  rules: PlanningRules;
}

/**
 * Re-simulates a non-empty route from the matrix and compares every recorded number with what it
 * must be. Each field is checked against the plan's own previous values, so one wrong number gives
 * one violation instead of a cascade. Assumes every stop names a known visit and the matrix has
 * the officer's travel mode.
 */
export function checkRouteTiming(ctx: TimingContext, route: Route): PlanViolation[] {
  const { officer, matrix, rules } = ctx;
  const officerId = officer.id;
  const out: PlanViolation[] = [];
  const taken = route.breakTaken;
  if (route.departSec < officer.shiftStartSec) {
    out.push({
      officerId,
      rule: 'depart_before_shift',
      message: `Officer ${officerId} leaves at ${clockText(route.departSec)}, before the shift starts at ${clockText(officer.shiftStartSec)}.`,
    });
  }
  let previousPoint = startPoint(ctx.visits.length, ctx.officerIndex);
  let previousEndSec = route.departSec;
  let travelSum = 0;
  let distanceSum = 0;
  route.stops.forEach((stop, i) => {
    const visit = ctx.visits[ctx.visitIndex.get(stop.visitId) as number];
    const point = ctx.visitIndex.get(stop.visitId) as number;
    const leg = fetchedLeg(matrix, officer.travelMode, previousPoint, point);
    // A large day's leg that was never fetched is reported once; the recorded one stands in after.
    const travelSec = leg?.durationSec ?? stop.travelSec;
    const distanceM = leg?.distanceM ?? stop.distanceM;
    travelSum += travelSec;
    distanceSum += distanceM;
    const at = (rule: PlanViolation['rule'], message: string) => out.push({ officerId, visitId: stop.visitId, rule, message });
    if (!leg) at('travel_mismatch', `Travel to visit ${stop.visitId} rests on an estimate: that leg was not fetched.`);
    if (stop.travelSec !== travelSec)
      at('travel_mismatch', `Travel to visit ${stop.visitId} is recorded as ${stop.travelSec} s but the matrix says ${travelSec} s.`);
    if (stop.distanceM !== distanceM)
      at('distance_mismatch', `Distance to visit ${stop.visitId} is recorded as ${stop.distanceM} m but the matrix says ${distanceM} m.`);
    const breakHere = taken !== null && taken.afterStop === i - 1 ? taken : null;
    out.push(
      ...checkArrival({
        officerId,
        visitId: stop.visitId,
        previousEndSec,
        travelSec,
        arrivalSec: stop.arrivalSec,
        startSec: stop.startSec,
        breakTaken: breakHere,
      }),
    );
    if (stop.startSec < stop.arrivalSec)
      at(
        'start_before_arrival',
        `Visit ${stop.visitId} starts at ${clockText(stop.startSec)}, before the officer arrives at ${clockText(stop.arrivalSec)}.`,
      );
    if (!visit.windows.some((w) => stop.startSec >= w.startSec && stop.startSec <= w.endSec)) {
      at(
        'outside_window',
        `Visit ${stop.visitId} starts at ${clockText(stop.startSec)}, outside its agreed windows ${visit.windows.map(formatWindow).join(', ')}.`,
      );
    }
    const hours = rules.permittedHours;
    if (stop.startSec < hours.startSec || stop.startSec > hours.endSec || stop.endSec > hours.endSec) {
      at(
        'outside_permitted_hours',
        `Visit ${stop.visitId} runs ${clockText(stop.startSec)}-${clockText(stop.endSec)}, outside the permitted visiting hours ${formatWindow(hours)}.`,
      );
    }
    if (stop.endSec !== stop.startSec + visit.serviceSec)
      at(
        'service_mismatch',
        `Visit ${stop.visitId} should end at ${clockText(stop.startSec + visit.serviceSec)} (service ${visit.serviceSec} s), not ${clockText(stop.endSec)}.`,
      );
    if (stop.waitSec !== stop.startSec - stop.arrivalSec)
      at(
        'wait_mismatch',
        `Waiting before visit ${stop.visitId} is recorded as ${stop.waitSec} s but arrival to start is ${stop.startSec - stop.arrivalSec} s.`,
      );
    previousPoint = point;
    previousEndSec = stop.endSec;
  });
  out.push(...checkReturnAndTotals(ctx, route, { previousPoint, previousEndSec, travelSum, distanceSum }));
  return out;
}

function checkReturnAndTotals(
  ctx: TimingContext,
  route: Route,
  last: { previousPoint: number; previousEndSec: number; travelSum: number; distanceSum: number },
): PlanViolation[] {
  const { officer, matrix } = ctx;
  const officerId = officer.id;
  const out: PlanViolation[] = [];
  const isOpenEnd = officer.end === null;
  const leg = isOpenEnd
    ? { durationSec: 0, distanceM: 0 }
    : fetchedLeg(matrix, officer.travelMode, last.previousPoint, endPoint(ctx.visits.length, ctx.officerIndex));
  const returnSec = leg?.durationSec ?? route.returnTravelSec;
  const returnM = leg?.distanceM ?? route.returnDistanceM;
  if (!leg) {
    out.push({
      officerId,
      rule: 'return_mismatch',
      message: `Officer ${officerId}'s return rests on an estimate: that leg was not fetched.`,
    });
  }
  if (route.returnTravelSec !== returnSec || route.returnDistanceM !== returnM) {
    out.push({
      officerId,
      rule: 'return_mismatch',
      message: `Officer ${officerId}'s return is recorded as ${route.returnTravelSec} s / ${route.returnDistanceM} m but the matrix says ${returnSec} s / ${returnM} m.`,
    });
  }
  const taken = route.breakTaken;
  let beforeReturnSec = last.previousEndSec;
  if (taken !== null && taken.afterStop === route.stops.length - 1) {
    if (taken.startSec < last.previousEndSec) {
      out.push({
        officerId,
        rule: 'break_overlap',
        message: `Officer ${officerId}'s break starts at ${clockText(taken.startSec)}, before the last visit ends at ${clockText(last.previousEndSec)}.`,
      });
    }
    beforeReturnSec = taken.endSec;
  }
  const finishSec = beforeReturnSec + returnSec;
  if (route.finishSec !== finishSec) {
    out.push({
      officerId,
      rule: 'finish_mismatch',
      message: `Officer ${officerId} should finish at ${clockText(finishSec)}, not ${clockText(route.finishSec)}.`,
    });
  }
  if (route.finishSec > officer.shiftEndSec) {
    out.push({
      officerId,
      rule: 'shift_overrun',
      message: `Officer ${officerId} finishes at ${clockText(route.finishSec)}, after the shift ends at ${clockText(officer.shiftEndSec)}.`,
    });
  }
  const travelSec = last.travelSum + returnSec;
  const distanceM = last.distanceSum + returnM;
  if (route.travelSec !== travelSec || route.distanceM !== distanceM) {
    out.push({
      officerId,
      rule: 'route_totals_mismatch',
      message: `Officer ${officerId}'s route totals are ${route.travelSec} s / ${route.distanceM} m but its legs add up to ${travelSec} s / ${distanceM} m.`,
    });
  }
  const workingSec = route.finishSec - route.departSec;
  if (route.workingSec !== workingSec) {
    out.push({
      officerId,
      rule: 'working_time_mismatch',
      message: `Officer ${officerId}'s working time is recorded as ${route.workingSec} s but departure to finish is ${workingSec} s.`,
    });
  }
  if (workingSec > officer.maxWorkingSec) {
    out.push({
      officerId,
      rule: 'max_working_time',
      message: `Officer ${officerId} works ${workingSec} s, more than the allowed ${officer.maxWorkingSec} s.`,
    });
  }
  return out;
}
