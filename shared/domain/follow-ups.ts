import { z } from 'zod';
import { VisitId } from './ids';
import { LocalDate, TimeWindow } from './time';
import { VisitKind } from './visit';

/**
 * Why a follow-up was proposed (issue 19): nobody at home (try again in another window), a promise
 * to pay (a collection visit the day after the promised date), or an address that is wrong or left
 * (flagged for the dispatcher, no visit).
 */
export const FollowUpRule = z.enum(['not_at_home', 'promise_to_pay', 'address_problem']);
export type FollowUpRule = z.infer<typeof FollowUpRule>;

/** proposed → approved (a visit is made) or withdrawn (a payment came in); flagged: for a person to look at. */
export const FollowUpStatus = z.enum(['proposed', 'approved', 'withdrawn', 'flagged']);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

/** A visit the outcome of another calls for, awaiting approval; linked to the visit it came from. */
export const FollowUp = z.object({
  id: z.number().int(),
  fromVisitId: VisitId,
  rule: FollowUpRule,
  customerId: z.string(),
  /** The visit to make (null for a flag). */
  kind: VisitKind.nullable(),
  earliestDate: LocalDate.nullable(),
  latestDate: LocalDate.nullable(),
  windows: z.array(TimeWindow),
  status: FollowUpStatus,
  /** The visit made when it was approved. */
  visitId: VisitId.nullable(),
  createdAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type FollowUp = z.infer<typeof FollowUp>;
