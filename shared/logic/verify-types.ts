import { formatClock } from '../domain';

/** The rule a plan breaks, as a stable machine-readable name. */
export type VerifyRule =
  | 'matrix_invalid'
  | 'visit_missing'
  | 'visit_duplicated'
  | 'visit_unknown'
  | 'visit_cancelled'
  | 'unassigned_without_reason'
  | 'too_frequent'
  | 'officer_unknown'
  | 'officer_duplicated'
  | 'officer_inactive'
  | 'max_visits'
  | 'skill_missing'
  | 'skill_expired'
  | 'depart_before_shift'
  | 'travel_mismatch'
  | 'distance_mismatch'
  | 'arrival_mismatch'
  | 'start_before_arrival'
  | 'outside_window'
  | 'outside_permitted_hours'
  | 'service_mismatch'
  | 'wait_mismatch'
  | 'return_mismatch'
  | 'finish_mismatch'
  | 'shift_overrun'
  | 'route_totals_mismatch'
  | 'working_time_mismatch'
  | 'max_working_time'
  | 'break_missing'
  | 'break_unexpected'
  | 'break_window'
  | 'break_duration'
  | 'break_position'
  | 'break_overlap'
  | 'empty_route_totals';

/** One broken rule: who and what it concerns, and a plain English sentence saying what is wrong. */
export interface PlanViolation {
  officerId?: string;
  visitId?: string;
  rule: VerifyRule;
  message: string;
}

/** The checker's verdict: `ok` exactly when there are no violations. */
export interface VerifyResult {
  ok: boolean;
  violations: PlanViolation[];
}

/** A time of day for messages: `HH:MM`, or `HH:MM:SS` when seconds matter. */
export function clockText(sec: number): string {
  const seconds = ((sec % 60) + 60) % 60;
  return seconds === 0 ? formatClock(sec) : `${formatClock(sec)}:${String(seconds).padStart(2, '0')}`;
}
