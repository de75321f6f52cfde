import { describe, expect, it } from 'vitest';
import type { PlannedStop, Route, VisitId } from '../../../shared/domain';
import { actualTimesOf, continuingFrom, joinReported, lastReported, type ActualTimes } from '../../../shared/logic/actual-times';
import { makeOfficer } from '../solver/fixtures';

const H = 3600;
const M = 60;

function stop(visitId: string, startSec: number, travelSec: number, serviceSec = 30 * M): PlannedStop {
  return {
    visitId: visitId as VisitId,
    arrivalSec: startSec,
    startSec,
    endSec: startSec + serviceSec,
    travelSec,
    distanceM: travelSec * 10,
    waitSec: 0,
  };
}

// Planned: leave 08:40, A 09:00–09:30, B 09:50–10:20, C 10:40–11:10, home 11:30; break after B.
const planned: Route = {
  officerId: 'OF-1' as Route['officerId'],
  departSec: 8 * H + 40 * M,
  stops: [stop('A', 9 * H, 20 * M), stop('B', 9 * H + 50 * M, 20 * M), stop('C', 10 * H + 40 * M, 20 * M)],
  breakTaken: { startSec: 10 * H + 20 * M, endSec: 10 * H + 20 * M, afterStop: 1 },
  returnTravelSec: 20 * M,
  returnDistanceM: 12_000,
  finishSec: 11 * H + 30 * M,
  travelSec: 80 * M,
  distanceM: 48_000,
  workingSec: 2 * H + 50 * M,
};

describe('re-timing from reported times', () => {
  it('reads a return’s times, filling one missing from the service time', () => {
    expect(actualTimesOf({ arrivedSec: 9 * H, leftSec: 10 * H }, 1800)).toEqual({ startSec: 9 * H, endSec: 10 * H });
    expect(actualTimesOf({ arrivedSec: 9 * H, leftSec: null }, 1800)).toEqual({ startSec: 9 * H, endSec: 9 * H + 1800 });
    expect(actualTimesOf({ arrivedSec: null, leftSec: 10 * H }, 1800)).toEqual({ startSec: 10 * H - 1800, endSec: 10 * H });
    expect(actualTimesOf({ arrivedSec: null, leftSec: null }, 1800)).toBeNull();
  });

  it('joins the reported stops at their times with the rest timed from the last one left', () => {
    // A ran long: 09:10–10:15. The rest (B, C) was timed from A's place at 10:15.
    const actuals = new Map<string, ActualTimes>([['A', { startSec: 9 * H + 10 * M, endSec: 10 * H + 15 * M }]]);
    expect(lastReported(['A', 'B', 'C'], actuals)).toBe(0);
    const rest: Route = {
      ...planned,
      departSec: 10 * H + 15 * M,
      stops: [stop('B', 10 * H + 35 * M, 20 * M), stop('C', 11 * H + 25 * M, 20 * M)],
      breakTaken: { startSec: 11 * H + 5 * M, endSec: 11 * H + 5 * M, afterStop: 0 },
      finishSec: 12 * H + 15 * M,
    };
    const joined = joinReported(planned, 1, actuals, rest);
    expect(joined.stops.map((s) => [s.visitId, s.startSec, s.endSec])).toEqual([
      ['A', 9 * H + 10 * M, 10 * H + 15 * M],
      ['B', 10 * H + 35 * M, 11 * H + 5 * M],
      ['C', 11 * H + 25 * M, 11 * H + 55 * M],
    ]);
    expect(joined.breakTaken).toEqual({ startSec: 11 * H + 5 * M, endSec: 11 * H + 5 * M, afterStop: 1 });
    expect(joined.departSec).toBe(8 * H + 40 * M);
    expect(joined.finishSec).toBe(12 * H + 15 * M);
    expect(joined.workingSec).toBe(3 * H + 35 * M);
    expect(joined.travelSec).toBe(80 * M);
  });

  it('ends by the planned return when every stop is reported, and keeps a break taken among them', () => {
    const actuals = new Map<string, ActualTimes>([
      ['A', { startSec: 8 * H + 50 * M, endSec: 9 * H + 20 * M }],
      ['C', { startSec: 10 * H + 30 * M, endSec: 11 * H }],
    ]);
    // B was not reported: it keeps its planned times.
    expect(lastReported(['A', 'B', 'C'], actuals)).toBe(2);
    const joined = joinReported(planned, 3, actuals, null);
    expect(joined.stops.map((s) => s.startSec)).toEqual([8 * H + 50 * M, 9 * H + 50 * M, 10 * H + 30 * M]);
    // Arrived at A before the plan's departure allowed: the day started when reaching A took.
    expect(joined.departSec).toBe(8 * H + 30 * M);
    expect(joined.finishSec).toBe(11 * H + 20 * M);
    expect(joined.workingSec).toBe(2 * H + 50 * M);
    expect(joined.breakTaken).toEqual(planned.breakTaken);
  });

  it('lets the day go on from the last visit’s place, with the breaks still to come', () => {
    const officer = makeOfficer({
      id: 'OF-1',
      shiftStartSec: 8 * H,
      shiftEndSec: 18 * H,
      breaks: [
        { earliestStartSec: 9 * H, latestStartSec: 10 * H, durationSec: 900 },
        { earliestStartSec: 12 * H, latestStartSec: 13 * H, durationSec: 1800 },
      ],
    });
    const place = { lat: 31.2, lng: 121.5, system: 'wgs84' as const };
    const going = continuingFrom(officer, { location: place }, 11 * H);
    expect(going.start).toEqual(place);
    expect(going.shiftStartSec).toBe(11 * H);
    expect(going.breaks).toEqual([officer.breaks[1]]);
  });
});
