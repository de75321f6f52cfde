import type { OfficerFigures, ReportDay, ReportFigures, SupervisorReport, TeamFigures } from '../api/supervisor-report';
import { addDays, OutcomeResult, WEEKDAYS, type LocalDate, type Officer, type Plan, type PlannedStop, type VisitOutcome } from '../domain';
import { weekdayOf } from './visit-rules';

/** What the report needs of one day: the current plan, the plan as first sent out, the outcomes. */
export interface ReportDayInput {
  date: LocalDate;
  /** The day's current plan, or null when it has none. */
  plan: Pick<Plan, 'routes' | 'unassigned'> | null;
  /** The plan the day's itineraries first went out with, or null when they never did. */
  dispatched: Pick<Plan, 'routes'> | null;
  /** Outcomes recorded for the visits (others are ignored). */
  outcomes: readonly VisitOutcome[];
}

type RosterEntry = Pick<Officer, 'id' | 'name' | 'team'>;

/** The Monday of the week a date falls in: a week's report runs Monday to Sunday. */
export function weekStartOf(date: LocalDate): LocalDate {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}

/** All figures at zero. */
export function noFigures(): ReportFigures {
  return {
    planned: 0,
    done: 0,
    failed: 0,
    notReported: 0,
    byResult: Object.fromEntries(OutcomeResult.options.map((r) => [r, 0])) as ReportFigures['byResult'],
    plannedWorkingSec: 0,
    plannedTravelSec: 0,
    timed: 0,
    actualSpanSec: 0,
    plannedSpanSec: 0,
    actualOnSiteSec: 0,
    plannedOnSiteSec: 0,
    movedIn: 0,
    movedOut: 0,
  };
}

/** The sum of figures: every figure is a count or a duration that adds up. */
export function addFigures(a: ReportFigures, b: ReportFigures): ReportFigures {
  const sum = noFigures();
  for (const key of Object.keys(sum) as (keyof ReportFigures)[]) {
    if (key !== 'byResult') sum[key] = a[key] + b[key];
  }
  for (const r of OutcomeResult.options) sum.byResult[r] = a.byResult[r] + b.byResult[r];
  return sum;
}

/**
 * The supervisor's report (issue 19) over consecutive days: per officer, team and day, the visits
 * in their route now, done, failed and not yet reported, and the results; the plan's working and
 * travel time; and, where outcomes give times, the actual time from first arrival to last leaving
 * and on site against the plan's for the same visits. "The plan" is the day as it went out (as it
 * stands when it never did). Visits that changed officer since are counted for both officers. A day
 * without a plan or outcomes has zeros, never gaps.
 */
export function supervisorReport(from: LocalDate, days: readonly ReportDayInput[], roster: readonly RosterEntry[]): SupervisorReport {
  const byId = new Map(roster.map((o) => [o.id as string, o]));
  const reportDays = days.map((day) => reportDay(day, byId));
  const officers = new Map<string, OfficerFigures>();
  for (const line of reportDays.flatMap((d) => d.officers)) {
    const seen = officers.get(line.officerId);
    officers.set(line.officerId, seen ? { ...seen, figures: addFigures(seen.figures, line.figures) } : line);
  }
  const officerLines = sortOfficers([...officers.values()]);
  return {
    from,
    to: addDays(from, Math.max(0, days.length - 1)),
    days: reportDays,
    officers: officerLines,
    teams: teamsOf(officerLines),
    total: sumOf(officerLines.map((o) => o.figures)),
  };
}

function reportDay(day: ReportDayInput, roster: ReadonlyMap<string, RosterEntry>): ReportDay {
  const figures = new Map<string, ReportFigures>();
  const of = (officerId: string) => {
    let found = figures.get(officerId);
    if (!found) figures.set(officerId, (found = noFigures()));
    return found;
  };
  const outcomeOf = new Map(day.outcomes.map((o) => [o.visitId as string, o]));
  // The plan times and work are measured against: as the day went out, else as it stands. The
  // current plan may already be re-timed from the returns, which would compare actual with actual.
  const baseline = (day.dispatched ?? day.plan)?.routes ?? [];
  const sentWith = new Map<string, string>(baseline.flatMap((r) => r.stops.map((s) => [s.visitId, r.officerId] as const)));
  const plannedStop = new Map<string, PlannedStop>(baseline.flatMap((r) => r.stops.map((s) => [s.visitId, s] as const)));
  for (const route of baseline) {
    if (route.stops.length === 0) continue;
    const f = of(route.officerId);
    f.plannedWorkingSec += route.workingSec;
    f.plannedTravelSec += route.travelSec;
  }
  for (const route of day.plan?.routes ?? []) {
    if (route.stops.length === 0) continue;
    const f = of(route.officerId);
    f.planned += route.stops.length;
    const timed: { arrivedSec: number; leftSec: number; plannedArrivalSec: number; plannedEndSec: number }[] = [];
    for (const stop of route.stops) {
      const was = sentWith.get(stop.visitId);
      if (was !== undefined && was !== route.officerId) {
        f.movedIn += 1;
        of(was).movedOut += 1;
      }
      const outcome = outcomeOf.get(stop.visitId);
      if (!outcome) {
        f.notReported += 1;
        continue;
      }
      f[outcome.outcome] += 1;
      f.byResult[outcome.result] += 1;
      if (outcome.arrivedSec !== null && outcome.leftSec !== null) {
        const planned = plannedStop.get(stop.visitId) ?? stop;
        timed.push({
          arrivedSec: outcome.arrivedSec,
          leftSec: outcome.leftSec,
          plannedArrivalSec: planned.arrivalSec,
          plannedEndSec: planned.endSec,
        });
      }
    }
    if (timed.length > 0) {
      f.timed = timed.length;
      f.actualSpanSec = Math.max(...timed.map((t) => t.leftSec)) - Math.min(...timed.map((t) => t.arrivedSec));
      f.plannedSpanSec = Math.max(...timed.map((t) => t.plannedEndSec)) - Math.min(...timed.map((t) => t.plannedArrivalSec));
      f.actualOnSiteSec = timed.reduce((sum, t) => sum + t.leftSec - t.arrivedSec, 0);
      f.plannedOnSiteSec = timed.reduce((sum, t) => sum + t.plannedEndSec - t.plannedArrivalSec, 0);
    }
  }
  const officers = sortOfficers(
    [...figures].map(([officerId, f]) => {
      const known = roster.get(officerId);
      return { officerId: officerId as OfficerFigures['officerId'], name: known?.name ?? officerId, team: known?.team ?? '', figures: f };
    }),
  );
  return {
    date: day.date,
    hasPlan: day.plan !== null,
    dispatched: day.dispatched !== null,
    unassigned: day.plan?.unassigned.length ?? 0,
    officers,
    teams: teamsOf(officers),
    total: sumOf(officers.map((o) => o.figures)),
  };
}

function sumOf(figures: readonly ReportFigures[]): ReportFigures {
  return figures.reduce(addFigures, noFigures());
}

/** Officers by team (officers without a team last), then by id. */
function sortOfficers(lines: OfficerFigures[]): OfficerFigures[] {
  return lines.sort((a, b) => compareTeams(a.team, b.team) || a.officerId.localeCompare(b.officerId));
}

function compareTeams(a: string, b: string): number {
  return Number(a === '') - Number(b === '') || a.localeCompare(b);
}

/** Each team's officers summed, in the officers' order. */
function teamsOf(officers: readonly OfficerFigures[]): TeamFigures[] {
  const teams = new Map<string, TeamFigures>();
  for (const o of officers) {
    const seen = teams.get(o.team);
    teams.set(
      o.team,
      seen
        ? { ...seen, officers: seen.officers + 1, figures: addFigures(seen.figures, o.figures) }
        : { team: o.team, officers: 1, figures: o.figures },
    );
  }
  return [...teams.values()];
}
