import { z } from 'zod';
import { LocalDate, TimeWindow } from './time';
import { Skill, VisitKind } from './visit';
import { DEFAULT_FOLLOW_UP_RULES, FollowUpRules } from './follow-up-rules';

/** Days of the week as the rule set names them, Monday first (ISO 8601). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/**
 * The lender's rules for when a customer may be visited, kept in the workspace and versioned
 * (issue 18). Times are the customer's local time, as appointment windows are.
 * - `hours`: permitted visiting hours per weekday, one or more blocks (none: no visits that day);
 *   a visit starts and ends inside one block.
 * - `holidays`: public holidays, no visits; `workdays`: adjusted working days (a weekend day worked
 *   in place of a holiday), visited on Monday's hours; `noVisitDays`: days the lender keeps free.
 * - `frequency`: at most `maxVisits` contacts with one customer in any `windowDays` consecutive
 *   days, and at least `minGapHours` between two.
 * - `certificates`: per visit kind, the certificate an officer needs to make it (null: none). A
 *   certificate is a skill with validity dates on the officer's record, so it is named as a skill is.
 * - `followUps`: what each outcome result calls for (issue 19); versions and files from before
 *   they existed read as the defaults.
 */
export const RuleSet = z.object({
  hours: z.object(
    Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(TimeWindow).max(4)])) as Record<Weekday, z.ZodArray<typeof TimeWindow>>,
  ),
  holidays: z.array(LocalDate).max(2_000),
  workdays: z.array(LocalDate).max(2_000),
  noVisitDays: z.array(LocalDate).max(2_000),
  frequency: z.object({
    maxVisits: z.number().int().min(1).max(50),
    windowDays: z.number().int().min(1).max(366),
    minGapHours: z
      .number()
      .min(0)
      .max(24 * 60),
  }),
  certificates: z.object(
    Object.fromEntries(VisitKind.options.map((k) => [k, Skill.nullable()])) as Record<VisitKind, z.ZodNullable<typeof Skill>>,
  ),
  followUps: FollowUpRules.default(DEFAULT_FOLLOW_UP_RULES),
});
export type RuleSet = z.infer<typeof RuleSet>;

const DAYTIME = [{ startSec: 8 * 3600, endSec: 20 * 3600 }];

/** No certificate required for any visit kind (the rules before certificates, and their default). */
export const NO_CERTIFICATES: RuleSet['certificates'] = { verification: null, collection: null, 'follow-up': null };

/**
 * The defaults: 08:00–20:00 every day, no holidays known, at most 2 visits in 7 days, 48 h apart,
 * no certificates required, the follow-up rules.
 */
export const DEFAULT_RULE_SET: RuleSet = {
  hours: Object.fromEntries(WEEKDAYS.map((d) => [d, DAYTIME])) as Record<Weekday, TimeWindow[]>,
  holidays: [],
  workdays: [],
  noVisitDays: [],
  frequency: { maxVisits: 2, windowDays: 7, minGapHours: 48 },
  certificates: NO_CERTIFICATES,
  followUps: DEFAULT_FOLLOW_UP_RULES,
};

/** One saved version of the rules: who changed them, when and why. */
export const RuleSetVersion = z.object({
  version: z.number().int().min(1),
  rules: RuleSet,
  changedBy: z.string(),
  changedAt: z.string(),
  reason: z.string(),
});
export type RuleSetVersion = z.infer<typeof RuleSetVersion>;
