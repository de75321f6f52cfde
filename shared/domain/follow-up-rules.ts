import { z } from 'zod';
import { OutcomeResult } from './outcomes';
import { Priority, VisitKind } from './visit';

/**
 * What a follow-up visit's day counts from: the visit that failed, or (a promise to pay) the date
 * the customer promised to pay by.
 */
export const FollowUpFrom = z.enum(['visit', 'promise']);
export type FollowUpFrom = z.infer<typeof FollowUpFrom>;

/** The follow-up's appointment window: another part of the day than the visit's, the same window, or any time the rules allow. */
export const FollowUpWindow = z.enum(['other', 'same', 'any']);
export type FollowUpWindow = z.infer<typeof FollowUpWindow>;

/**
 * Who makes the follow-up: any officer, preferably the one who made the visit (when on duty that
 * day), or anyone but them (a hard rule, as a complaint against an officer is).
 */
export const FollowUpOfficer = z.enum(['any', 'same', 'other']);
export type FollowUpOfficer = z.infer<typeof FollowUpOfficer>;

/** A follow-up visit an outcome calls for: its kind, its days (counted from the visit or the promise), window, officer and priority (null: the visit's own). */
export const FollowUpVisitRule = z
  .object({
    then: z.literal('visit'),
    kind: VisitKind,
    from: FollowUpFrom,
    earliestDays: z.number().int().min(0).max(60),
    latestDays: z.number().int().min(0).max(90),
    window: FollowUpWindow,
    officer: FollowUpOfficer,
    priority: Priority.nullable(),
  })
  .refine((r) => r.earliestDays <= r.latestDays, { message: 'the latest day comes before the earliest', path: ['latestDays'] });
export type FollowUpVisitRule = z.infer<typeof FollowUpVisitRule>;

/**
 * What an outcome's result calls for (issue 19): nothing, a follow-up visit, a hold on the customer
 * until a supervisor releases it, or a flag for the dispatcher to look at (no visit).
 */
export const FollowUpThen = z.union([
  z.object({ then: z.literal('nothing') }),
  FollowUpVisitRule,
  z.object({ then: z.literal('hold') }),
  z.object({ then: z.literal('flag') }),
]);
export type FollowUpThen = z.infer<typeof FollowUpThen>;

/** The follow-up rules, one per outcome result; part of the versioned rule set. */
export const FollowUpRules = z.object(
  Object.fromEntries(OutcomeResult.options.map((r) => [r, FollowUpThen])) as Record<OutcomeResult, typeof FollowUpThen>,
);
export type FollowUpRules = z.infer<typeof FollowUpRules>;

const NOTHING = { then: 'nothing' } as const;

/**
 * The defaults the issue names: not at home → a follow-up visit 2 to 5 days later in another
 * window; a promise to pay → a collection visit the day after the promised date (withdrawn when a
 * payment is recorded, whatever the rules say); a complaint → a hold until a supervisor releases
 * it; a wrong address or a customer who moved → flagged for the dispatcher, no visit.
 */
export const DEFAULT_FOLLOW_UP_RULES: FollowUpRules = {
  identity_verified: NOTHING,
  identity_not_verified: NOTHING,
  address_confirmed: NOTHING,
  wrong_address: { then: 'flag' },
  moved: { then: 'flag' },
  promise_to_pay: {
    then: 'visit',
    kind: 'collection',
    from: 'promise',
    earliestDays: 1,
    latestDays: 1,
    window: 'same',
    officer: 'any',
    priority: null,
  },
  paid: NOTHING,
  refused: NOTHING,
  not_at_home: {
    then: 'visit',
    kind: 'follow-up',
    from: 'visit',
    earliestDays: 2,
    latestDays: 5,
    window: 'other',
    officer: 'any',
    priority: null,
  },
  complaint: { then: 'hold' },
};
