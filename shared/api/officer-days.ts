import { z } from 'zod';
import { LocalDate, OfficerDay, OfficerId, VisitStatus } from '../domain';
import { PlanFlagChange } from './officer-edit';

/**
 * The cells of an officer's day a dispatcher may type, named as the availability file heads them:
 * a day set on screen is read by the file's own rules, so the two never disagree.
 */
export const DAY_CELLS = ['available', 'shift_start', 'shift_end', 'start_lat', 'start_lng', 'start_address', 'note'] as const;
export const DayCell = z.enum(DAY_CELLS);
export type DayCell = z.infer<typeof DayCell>;

/** A day as typed (`no`, `08:30`, `31.23`): cells left out are empty. */
export const DayCells = z.partialRecord(DayCell, z.string().max(500));
export type DayCells = z.infer<typeof DayCells>;

/** What setting (or clearing) an officer's day answers. */
export const OfficerDayResult = z.object({
  /** The day as stored now; null: an ordinary day (no entry). */
  day: OfficerDay.nullable(),
  /** The audit entry of the change; null when nothing changed. */
  auditId: z.number().int().positive().nullable(),
  /** The day's plan when its flags changed with it, and how many problems it has now. */
  plans: z.array(PlanFlagChange),
});
export type OfficerDayResult = z.infer<typeof OfficerDayResult>;

/** An officer named on the week's summary. */
export const NamedOfficer = z.object({ officerId: OfficerId, name: z.string() });
export type NamedOfficer = z.infer<typeof NamedOfficer>;

/** One day of the week view: its visits, who works, how full the plan is. */
export const WeekDay = z.object({
  date: LocalDate,
  /** The day's visits by status (a status without visits is left out). */
  visits: z.partialRecord(VisitStatus, z.number().int().min(0)),
  /** Officers on the day's roster (active, not on leave). */
  onShift: z.number().int().min(0),
  /** Active officers on leave that day. */
  off: z.array(NamedOfficer),
  /** Officers working that day with another shift or start place. */
  changed: z.array(NamedOfficer),
  hasPlan: z.boolean(),
  /** Open problems of the day's plan (0 without a plan). */
  problems: z.number().int().min(0),
  /** Working time the day's plan gives its routes, and the roster's shift time, seconds. */
  plannedSec: z.number().int().min(0),
  availableSec: z.number().int().min(0),
  /** Visits in routes, and what the roster's daily limits allow. */
  plannedVisits: z.number().int().min(0),
  maxVisits: z.number().int().min(0),
});
export type WeekDay = z.infer<typeof WeekDay>;
