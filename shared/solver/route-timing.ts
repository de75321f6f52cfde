import { canServe, INF, travelM, travelSec as travelBetween, type Problem } from './problem';
import { advance, BREAK, breakEnd, evaluateSequence, OK, startWithin, TimingCursor } from './timing';

/** A rule a timed route breaks. */
export type ViolationCode =
  'window_missed' | 'shift_end_exceeded' | 'break_impossible' | 'max_working_exceeded' | 'max_visits_exceeded' | 'skill_missing';

/** One broken rule; `stop` is the index in the route, −1 for the route as a whole. */
export interface Violation {
  code: ViolationCode;
  stop: number;
}

/** Timing of one stop, seconds since midnight / seconds / metres. */
export interface StopTiming {
  visit: number;
  arrivalSec: number;
  startSec: number;
  endSec: number;
  waitSec: number;
  travelSec: number;
  distanceM: number;
}

/** A route laid out in time. When infeasible, times are best effort (a missed window starts on arrival). */
export interface RouteTiming {
  feasible: boolean;
  violations: Violation[];
  departSec: number;
  stops: StopTiming[];
  breakTaken: { startSec: number; endSec: number; afterStop: number } | null;
  returnTravelSec: number;
  returnDistanceM: number;
  finishSec: number;
  travelSec: number;
  distanceM: number;
  workingSec: number;
}

/**
 * Times officer k visiting `order` exactly as README.md states the rules: earliest feasible
 * starts, the break where the working day is shortest, departure as late as the first visit allows.
 */
export function timeRoute(p: Problem, k: number, order: Int32Array): RouteTiming {
  const cursor = new TimingCursor(p);
  const code = evaluateSequence(cursor, k, order, order.length);
  const plan = chooseBreak(p, k, order, cursor);
  const timing = layout(p, k, order, plan);
  const violations = timing.violations;
  if (plan === NO_BREAK && code === BREAK) violations.push({ code: 'break_impossible', stop: -1 });
  if (order.length > p.maxVisits[k]) violations.push({ code: 'max_visits_exceeded', stop: -1 });
  if (timing.finishSec > p.shiftEndSec[k]) violations.push({ code: 'shift_end_exceeded', stop: -1 });
  if (timing.workingSec > p.maxWorkingSec[k]) violations.push({ code: 'max_working_exceeded', stop: -1 });
  for (let i = 0; i < order.length; i++) {
    if (!canServe(p, order[i], k)) violations.push({ code: 'skill_missing', stop: i });
  }
  timing.feasible = code === OK && violations.length === 0;
  return timing;
}

const NO_BREAK = -2;
const START_BREAK = -1;

/** Break plan: NO_BREAK, START_BREAK or the stop index after which the break is taken. */
function chooseBreak(p: Problem, k: number, order: Int32Array, cursor: TimingCursor): number {
  if (order.length === 0 || p.hasBreak[k] === 0 || cursor.finishN >= INF) return NO_BREAK;
  if (cursor.finishN <= p.breakEarliestSec[k]) return NO_BREAK;
  const shiftEnd = p.shiftEndSec[k];
  const workL = cursor.finishL <= shiftEnd ? cursor.finishL - cursor.departN() : INF;
  const workS = cursor.finishS <= shiftEnd ? cursor.finishS - cursor.departS() : INF;
  if (workL >= INF && workS >= INF) return NO_BREAK;
  return workL <= workS ? bestGap(p, k, order) : START_BREAK;
}

/** The gap the L state of timing.ts ends up using (same tie rule: the earlier gap wins). */
function bestGap(p: Problem, k: number, order: Int32Array): number {
  const slot = p.modeSlot[k];
  let leaveN = p.shiftStartSec[k];
  let leaveL = INF;
  let gapOut = NO_BREAK;
  let gapIn = NO_BREAK;
  let prev = p.startPlace[k];
  for (let i = 0; i < order.length; i++) {
    const v = order[i];
    const d = travelBetween(p, slot, prev, v);
    leaveN = advance(p, v, leaveN, d);
    const lin = advance(p, v, leaveL, d);
    gapIn = gapOut;
    const b = breakEnd(p, k, leaveN);
    if (b < lin) {
      leaveL = b;
      gapOut = i;
    } else leaveL = lin;
    prev = v;
  }
  return p.isOpenEnd[k] === 1 ? gapIn : gapOut;
}

/** Walks the route with a fixed break plan, then moves the departure as late as it can go. */
function layout(p: Problem, k: number, order: Int32Array, plan: number): RouteTiming {
  const slot = p.modeSlot[k];
  const violations: Violation[] = [];
  const stops: StopTiming[] = [];
  let breakTaken: RouteTiming['breakTaken'] = null;
  let leave = p.shiftStartSec[k];
  const takeBreak = (freeSec: number, afterStop: number): void => {
    const startSec = Math.max(freeSec, p.breakEarliestSec[k]);
    breakTaken = { startSec, endSec: startSec + p.breakDurationSec[k], afterStop };
    leave = breakTaken.endSec;
  };
  if (plan === START_BREAK) takeBreak(leave, -1);
  let prev = p.startPlace[k];
  for (let i = 0; i < order.length; i++) {
    const v = order[i];
    const legSec = travelBetween(p, slot, prev, v);
    const arrivalSec = leave + legSec;
    let startSec = startWithin(p, v, arrivalSec);
    if (startSec >= INF) {
      violations.push({ code: 'window_missed', stop: i });
      startSec = arrivalSec;
    }
    const endSec = startSec + p.serviceSec[v];
    const distanceM = travelM(p, prev, v);
    stops.push({ visit: v, arrivalSec, startSec, endSec, waitSec: startSec - arrivalSec, travelSec: legSec, distanceM });
    leave = endSec;
    if (plan === i) takeBreak(endSec, i);
    prev = v;
  }
  const closed = p.isOpenEnd[k] === 0 && order.length > 0;
  const returnTravelSec = closed ? travelBetween(p, slot, prev, p.endPlace[k]) : 0;
  const returnDistanceM = closed ? travelM(p, prev, p.endPlace[k]) : 0;
  const finishSec = leave + returnTravelSec;
  let departSec = p.shiftStartSec[k];
  if (stops.length > 0) {
    const first = stops[0];
    if (plan === START_BREAK && breakTaken !== null) {
      departSec = Math.min(first.startSec - first.travelSec - p.breakDurationSec[k], p.breakLatestSec[k]);
      breakTaken = { startSec: departSec, endSec: departSec + p.breakDurationSec[k], afterStop: -1 };
      first.arrivalSec = breakTaken.endSec + first.travelSec;
    } else {
      departSec = first.startSec - first.travelSec;
      first.arrivalSec = first.startSec;
    }
    first.waitSec = first.startSec - first.arrivalSec;
  }
  let travelSec = returnTravelSec;
  let distanceM = returnDistanceM;
  for (const s of stops) {
    travelSec += s.travelSec;
    distanceM += s.distanceM;
  }
  return {
    feasible: false,
    violations,
    departSec,
    stops,
    breakTaken,
    returnTravelSec,
    returnDistanceM,
    finishSec,
    travelSec,
    distanceM,
    workingSec: finishSec - departSec,
  };
}
