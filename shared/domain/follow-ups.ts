import { z } from 'zod';
import { FollowUpOfficer } from './follow-up-rules';
import { OfficerId, VisitId } from './ids';
import { OutcomeResult } from './outcomes';
import { LocalDate, TimeWindow } from './time';
import { Priority, VisitKind } from './visit';

/**
 * Why a follow-up was proposed (issue 19): the outcome result whose follow-up rule called for it
 * (nobody at home, a promise to pay, a wrong address…).
 */
export const FollowUpRule = OutcomeResult;
export type FollowUpRule = OutcomeResult;

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
  /** Who should make it (see FollowUpOfficer), and the officer who made the visit it came from, when a plan says. */
  officer: FollowUpOfficer,
  fromOfficerId: OfficerId.nullable(),
  /** The visit's priority (null: that of the visit it came from). */
  priority: Priority.nullable(),
  status: FollowUpStatus,
  /** The visit made when it was approved. */
  visitId: VisitId.nullable(),
  createdAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type FollowUp = z.infer<typeof FollowUp>;
