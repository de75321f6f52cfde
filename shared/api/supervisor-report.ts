import { z } from 'zod';
import { LocalDate, OfficerId, OutcomeResult } from '../domain';

/** The longest stretch a report covers. */
export const MAX_REPORT_DAYS = 31;

const Count = z.number().int().min(0);
const Seconds = z.number().int();

/**
 * What a supervisor reads of a stretch of field work (issue 19), for one officer, a team, a day or
 * the whole period. Every figure adds up: a team's is the sum of its officers', a week's the sum of
 * its days'. "The plan" is the day as its itineraries first went out (as it stands when they never
 * did): the current plan may since be edited, handed over or re-timed from the returns. "Timed"
 * figures come only from outcomes that give both an arrival and a leaving time.
 */
export const ReportFigures = z.object({
  /** Visits in the officer's route now (the day's current plan). */
  planned: Count,
  done: Count,
  failed: Count,
  /** Planned visits without an outcome yet. */
  notReported: Count,
  /** Reported visits by what came of them (every result, 0 when none). */
  byResult: z.record(OutcomeResult, Count),
  /** The officer's route in the plan: working time (leaving the start to reaching the end) and travel, seconds. */
  plannedWorkingSec: Seconds,
  plannedTravelSec: Seconds,
  /** Visits whose outcome gives arrival and leaving times. */
  timed: Count,
  /** First arrival to last leaving, per officer and day, as reported (0 without timed visits). */
  actualSpanSec: Seconds,
  /** The same for the timed visits in the plan: first planned arrival to last planned end. */
  plannedSpanSec: Seconds,
  /** Time at the customers (arrival to leaving), reported and as planned for the timed visits. */
  actualOnSiteSec: Seconds,
  plannedOnSiteSec: Seconds,
  /** Visits the officer has in the current plan that another officer had when the day was sent out, and the reverse. */
  movedIn: Count,
  movedOut: Count,
});
export type ReportFigures = z.infer<typeof ReportFigures>;

/** One officer's figures; `team` is as the roster says now ('' for none). */
export const OfficerFigures = z.object({ officerId: OfficerId, name: z.string(), team: z.string(), figures: ReportFigures });
export type OfficerFigures = z.infer<typeof OfficerFigures>;

/** One team's figures: the sum of its officers'. */
export const TeamFigures = z.object({ team: z.string(), officers: Count, figures: ReportFigures });
export type TeamFigures = z.infer<typeof TeamFigures>;

/** One day: whether it has a plan and was sent to the field, and its officers, teams and total. */
export const ReportDay = z.object({
  date: LocalDate,
  hasPlan: z.boolean(),
  /** Whether the day's itineraries went to the field (moves are counted against that plan). */
  dispatched: z.boolean(),
  /** Approved visits the current plan left out. */
  unassigned: Count,
  officers: z.array(OfficerFigures),
  teams: z.array(TeamFigures),
  total: ReportFigures,
});
export type ReportDay = z.infer<typeof ReportDay>;

/** The supervisor's report over `days` days from `from`: each day, then the period per officer and team. */
export const SupervisorReport = z.object({
  from: LocalDate,
  to: LocalDate,
  days: z.array(ReportDay),
  officers: z.array(OfficerFigures),
  teams: z.array(TeamFigures),
  total: ReportFigures,
});
export type SupervisorReport = z.infer<typeof SupervisorReport>;
