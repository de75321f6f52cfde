import { z } from 'zod';
import { TimeWindow } from './time';
import { ObjectiveKind } from './plan';

/**
 * Workspace rules the planner enforces. Defaults follow common practice for consumer-credit
 * field work in China: visits only between 08:00 and 21:00, at most one visit per customer a day.
 */
export const PlanningRules = z.object({
  permittedHours: TimeWindow,
  maxVisitsPerCustomerPerDay: z.number().int().min(1).max(10),
});
export type PlanningRules = z.infer<typeof PlanningRules>;

export const DEFAULT_PLANNING_RULES: PlanningRules = {
  permittedHours: { startSec: 8 * 3600, endSec: 21 * 3600 },
  maxVisitsPerCustomerPerDay: 1,
};

/**
 * How the day is planned when the screen does not say (issue 19): the objective and the time
 * budget the dispatcher chose, remembered per workspace.
 */
export const PlanningPreferences = z.object({
  objective: ObjectiveKind,
  seconds: z.number().int().min(1).max(600),
});
export type PlanningPreferences = z.infer<typeof PlanningPreferences>;

export const DEFAULT_PLANNING_PREFERENCES: PlanningPreferences = { objective: 'least-travel', seconds: 5 };
