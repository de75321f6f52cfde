/** Canonical column names of the visits file, in the order the demo writes them. */
export const VISIT_COLUMNS = [
  'visit_id',
  'date',
  'kind',
  'customer_id',
  'customer_name',
  'phone',
  'address',
  'lat',
  'lng',
  'windows',
  'service_min',
  'priority',
  'skills',
  'approval_ref',
  'notes',
  'coord_system',
  'risk_score',
  'overdue_days',
  'overdue_amount',
] as const;

/** Canonical column names of the officers file, in the order the demo writes them. */
export const OFFICER_COLUMNS = [
  'officer_id',
  'name',
  'team',
  'start_lat',
  'start_lng',
  'end_lat',
  'end_lng',
  'shift_start',
  'shift_end',
  'break_start',
  'break_min',
  'max_visits',
  'skills',
  'travel_mode',
  'agency',
  'max_work_min',
] as const;

/** A visits-file column name. */
export type VisitColumn = (typeof VISIT_COLUMNS)[number];
/** An officers-file column name. */
export type OfficerColumn = (typeof OFFICER_COLUMNS)[number];

/**
 * One visits-file row as cell text. Formats: windows `HH:MM-HH:MM` joined by `;`, skills joined
 * by `;`, decimals with `.`, empty text for "no value".
 */
export type DemoVisitRow = Record<VisitColumn, string>;

/**
 * One officers-file row as cell text. Skills are `skill` or `skill@YYYY-MM-DD` (valid until),
 * `break_start` is the `HH:MM-HH:MM` range the break may start in.
 */
export type DemoOfficerRow = Record<OfficerColumn, string>;
