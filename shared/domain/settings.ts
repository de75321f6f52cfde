import { z } from 'zod';
import { TimeWindow } from './time';

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
