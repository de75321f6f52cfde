import { describe, expect, it } from 'vitest';
import type { ReportFigures } from '../../../shared/api/supervisor-report';
import type { OfficerId, Route, VisitId } from '../../../shared/domain';
import { FIGURE_COLUMNS } from '../../../shared/logic/supervisor-report-columns';
import { noFigures, supervisorReport, weekStartOf, type ReportDayInput } from '../../../shared/logic/supervisor-report';
import { reported } from '../../support/outcomes';

const H = 3600;
const M = 60;

/** A stop arriving at `arrival`, ending at `end` (seconds since midnight); the rest is not read. */
const stop = (visitId: string, arrivalSec: number, endSec: number) => ({
  visitId: visitId as VisitId,
  arrivalSec,
  startSec: arrivalSec,
  endSec,
  travelSec: 0,
  distanceM: 0,
  waitSec: 0,
});

function route(officerId: string, stops: ReturnType<typeof stop>[], workingSec = 0, travelSec = 0): Route {
  return {
    officerId: officerId as OfficerId,
    departSec: 8 * H,
    stops,
    breakTaken: null,
    returnTravelSec: 0,
    returnDistanceM: 0,
    finishSec: 18 * H,
    travelSec,
    distanceM: 0,
    workingSec,
  };
}

const ROSTER = [
  { id: 'OF-A' as OfficerId, name: '测试员甲', team: 'North' },
  { id: 'OF-B' as OfficerId, name: '测试员乙', team: 'North' },
  { id: 'OF-C' as OfficerId, name: '测试员丙', team: '' },
];

// Monday: A has V1 to V3 (V3 was B's when the day went out), B has V4, C an empty route; V9 is left out.
// A's V1 and V2 were re-timed from the returns since: they are measured against the plan as sent out,
// as are working and travel time (A 6 h and 50 min, B 4 h and 40 min).
const MONDAY: ReportDayInput = {
  date: '2026-11-23',
  plan: {
    routes: [
      route(
        'OF-A',
        [stop('V1', 9 * H + 5 * M, 9 * H + 40 * M), stop('V2', 10 * H + 20 * M, 10 * H + 25 * M), stop('V3', 11 * H, 11 * H + 20 * M)],
        9 * H,
        2 * H,
      ),
      route('OF-B', [stop('V4', 14 * H, 14 * H + 30 * M)], 2 * H, 30 * M),
      route('OF-C', [], 0, 0),
    ],
    unassigned: [{ visitId: 'V9' as VisitId, reasons: ['capacity'], message: { en: '', zh: '' } }],
  },
  dispatched: {
    routes: [
      route('OF-A', [stop('V1', 9 * H, 9 * H + 30 * M), stop('V2', 10 * H, 10 * H + 40 * M)], 6 * H, 50 * M),
      route('OF-B', [stop('V3', 11 * H, 11 * H + 20 * M), stop('V4', 14 * H, 14 * H + 30 * M)], 4 * H, 40 * M),
    ],
  },
  outcomes: [
    reported('V1', { result: 'identity_verified', arrivedSec: 9 * H + 5 * M, leftSec: 9 * H + 40 * M }),
    reported('V2', { outcome: 'failed', result: 'not_at_home', arrivedSec: 10 * H + 20 * M, leftSec: 10 * H + 25 * M }),
    // Done without times: counted, not timed.
    reported('V4', { result: 'paid' }),
    // Not a visit of the plan: ignored.
    reported('V99', { result: 'refused' }),
  ],
};
// Tuesday has no plan; Wednesday's plan never went out and nothing is reported, and it routes an officer gone from the roster.
const TUESDAY: ReportDayInput = { date: '2026-11-24', plan: null, dispatched: null, outcomes: [] };
const WEDNESDAY: ReportDayInput = {
  date: '2026-11-25',
  plan: {
    routes: [
      route('OF-C', [stop('V5', 8 * H, 8 * H + 30 * M)], H, 10 * M),
      route('OF-GONE', [stop('V6', 9 * H, 9 * H + 15 * M)], 1800, 300),
    ],
    unassigned: [],
  },
  dispatched: null,
  outcomes: [],
};

const figures = (fields: Partial<Omit<ReportFigures, 'byResult'>> & { byResult?: Partial<ReportFigures['byResult']> }): ReportFigures => {
  const zero = noFigures();
  return { ...zero, ...fields, byResult: { ...zero.byResult, ...fields.byResult } };
};

// A: 3 planned, V1 done, V2 failed, V3 not reported. Timed V1 and V2: reported 09:05 to 10:25 = 80 min,
// planned as sent out 09:00 to 10:40 = 100 min; on site 35 + 5 = 40 min reported, 30 + 40 = 70 min planned.
const A_MONDAY = figures({
  planned: 3,
  done: 1,
  failed: 1,
  notReported: 1,
  byResult: { identity_verified: 1, not_at_home: 1 },
  plannedWorkingSec: 6 * H,
  plannedTravelSec: 50 * M,
  timed: 2,
  actualSpanSec: 80 * M,
  plannedSpanSec: 100 * M,
  actualOnSiteSec: 40 * M,
  plannedOnSiteSec: 70 * M,
  movedIn: 1,
});
const B_MONDAY = figures({ planned: 1, done: 1, byResult: { paid: 1 }, plannedWorkingSec: 4 * H, plannedTravelSec: 40 * M, movedOut: 1 });
const NORTH_MONDAY = figures({
  planned: 4,
  done: 2,
  failed: 1,
  notReported: 1,
  byResult: { identity_verified: 1, not_at_home: 1, paid: 1 },
  plannedWorkingSec: 10 * H,
  plannedTravelSec: 90 * M,
  timed: 2,
  actualSpanSec: 80 * M,
  plannedSpanSec: 100 * M,
  actualOnSiteSec: 40 * M,
  plannedOnSiteSec: 70 * M,
  movedIn: 1,
  movedOut: 1,
});

describe('supervisorReport', () => {
  it('counts a day per officer: planned, done, failed, not reported, results, times against the plan, and moves since it went out', () => {
    const [day] = supervisorReport('2026-11-23', [MONDAY], ROSTER).days;
    expect(day).toMatchObject({ date: '2026-11-23', hasPlan: true, dispatched: true, unassigned: 1 });
    // C's empty route is no line.
    expect(day.officers).toEqual([
      { officerId: 'OF-A', name: '测试员甲', team: 'North', figures: A_MONDAY },
      { officerId: 'OF-B', name: '测试员乙', team: 'North', figures: B_MONDAY },
    ]);
    expect(day.teams).toEqual([{ team: 'North', officers: 2, figures: NORTH_MONDAY }]);
    expect(day.total).toEqual(NORTH_MONDAY);
  });

  it('gives a day without a plan, or without outcomes, zeros rather than gaps', () => {
    const report = supervisorReport('2026-11-24', [TUESDAY, WEDNESDAY], ROSTER);
    expect(report.days[0]).toEqual({
      date: '2026-11-24',
      hasPlan: false,
      dispatched: false,
      unassigned: 0,
      officers: [],
      teams: [],
      total: noFigures(),
    });
    const wednesday = report.days[1];
    expect(wednesday.dispatched).toBe(false);
    // An officer gone from the roster keeps their id as name and no team; no team sorts last, then by id.
    expect(wednesday.officers.map((o) => [o.officerId, o.name, o.team])).toEqual([
      ['OF-C', '测试员丙', ''],
      ['OF-GONE', 'OF-GONE', ''],
    ]);
    expect(wednesday.total).toEqual(figures({ planned: 2, notReported: 2, plannedWorkingSec: H + 1800, plannedTravelSec: 10 * M + 300 }));
  });

  it('adds the days up per officer, per team and in all for the week', () => {
    const report = supervisorReport('2026-11-23', [MONDAY, TUESDAY, WEDNESDAY], ROSTER);
    expect(report.from).toBe('2026-11-23');
    expect(report.to).toBe('2026-11-25');
    expect(report.officers.map((o) => o.officerId)).toEqual(['OF-A', 'OF-B', 'OF-C', 'OF-GONE']);
    expect(report.officers[0].figures).toEqual(A_MONDAY);
    expect(report.teams.map((t) => [t.team, t.officers])).toEqual([
      ['North', 2],
      ['', 2],
    ]);
    expect(report.teams[0].figures).toEqual(NORTH_MONDAY);
    expect(report.total).toEqual(
      figures({
        ...NORTH_MONDAY,
        planned: 6,
        notReported: 3,
        plannedWorkingSec: 10 * H + H + 1800,
        plannedTravelSec: 90 * M + 10 * M + 300,
        byResult: NORTH_MONDAY.byResult,
      }),
    );
  });

  it('reads the differences against the plan off the one list of columns', () => {
    const value = (id: string) => FIGURE_COLUMNS.find((c) => c.id === id)!.value(A_MONDAY);
    expect(value('doneVsPlanned')).toBe(-2);
    expect(value('spanDiffMin')).toBe(-20);
    expect(value('plannedWorkingMin')).toBe(360);
    expect(value('actualOnSiteMin')).toBe(40);
  });

  it('starts a week on its Monday', () => {
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23');
    expect(weekStartOf('2026-12-02')).toBe('2026-11-30');
  });
});
