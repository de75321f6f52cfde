import { z } from 'zod';
import { OfficerId } from './ids';
import { LocalDate } from './time';

/**
 * Why a customer must not be visited for now (issue 18): an open complaint (against one officer,
 * or against the lender), a dispute, a legal hold, a vulnerable customer, or the lender's own
 * "do not visit until" a date.
 */
export const HoldKind = z.enum(['complaint', 'dispute', 'legal', 'vulnerable', 'do_not_visit']);
export type HoldKind = z.infer<typeof HoldKind>;

/**
 * A hold on a customer. Active from when it is placed until it is released, or, for
 * `do_not_visit`, through its `until` date. A complaint against one officer (`officerId`) does not
 * block visits: it only keeps that officer away from the customer.
 */
export const CustomerHold = z.object({
  id: z.number().int(),
  customerId: z.string().min(1).max(64),
  kind: HoldKind,
  officerId: OfficerId.nullable(),
  until: LocalDate.nullable(),
  note: z.string().max(500),
  placedBy: z.string(),
  placedAt: z.string(),
  releasedBy: z.string().nullable(),
  releasedAt: z.string().nullable(),
  releaseReason: z.string().nullable(),
});
export type CustomerHold = z.infer<typeof CustomerHold>;
