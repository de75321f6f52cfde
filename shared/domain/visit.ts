import { z } from 'zod';
import { VisitId } from './ids';
import { LocalDate, TimeWindow } from './time';
import { GeoPoint } from './geo';
import { VisitLocating } from './visit-location';

/** Pre-loan verification, post-loan collection, or a follow-up of either. */
export const VisitKind = z.enum(['verification', 'collection', 'follow-up']);
export type VisitKind = z.infer<typeof VisitKind>;

/**
 * A visit's life: approved by the lender → planned (in a saved plan) → dispatched (itinerary sent)
 * → done or failed; cancelled at any point before done.
 */
export const VisitStatus = z.enum(['approved', 'planned', 'dispatched', 'done', 'failed', 'cancelled']);
export type VisitStatus = z.infer<typeof VisitStatus>;

/** A skill tag such as `collection`, `verification`, `senior`, `vehicle-loan`; lower case. */
export const Skill = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}_-]{1,32}$/u, 'skill names use letters, digits, _ and - (at most 32)');
export type Skill = z.infer<typeof Skill>;

/** Priority 1 (lowest) to 5 (highest): when not everything fits, the lowest priorities are left out first. */
export const Priority = z.number().int().min(1).max(5);

/** An approved visit to one customer on one date, with the appointment windows agreed with them. */
export const Visit = z.object({
  id: VisitId,
  date: LocalDate,
  kind: VisitKind,
  /** The lender's customer number; several visits may share one. */
  customerId: z.string().trim().min(1).max(64),
  /** Full name as imported; shown only where the officer needs it (itinerary), masked elsewhere. */
  customerName: z.string().trim().min(1).max(100),
  /** Phone number as imported (digits, +, spaces, dashes). */
  phone: z.string().trim().max(32),
  address: z.string().trim().min(1).max(300),
  /** Where the visit is; null while its address waits to be geocoded (`locating.source` is then `pending`). */
  location: GeoPoint.nullable(),
  /** How the place was found from the address (issue 20); absent when the file or a person gave it. */
  locating: VisitLocating.optional(),
  /** One or more windows the visit may start in, sorted and not overlapping. */
  windows: z.array(TimeWindow).min(1).max(8),
  /** Time on site, seconds. */
  serviceSec: z
    .number()
    .int()
    .min(0)
    .max(8 * 3600),
  priority: Priority,
  /** 0–100, higher is riskier; informational for the dispatcher. */
  riskScore: z.number().min(0).max(100).nullable(),
  /** Days past due for collection visits, else null. */
  overdueDays: z.number().int().min(0).nullable(),
  /** Amount past due in the lender's currency (yuan), else null. */
  overdueAmount: z.number().min(0).nullable(),
  requiredSkills: z.array(Skill),
  approvalRef: z.string().trim().min(1).max(64),
  /** Who approved the visit, as the lender's file names them; null when the file does not say. */
  approvedBy: z.string().trim().min(1).max(100).nullable().default(null),
  /** The last day the approval is valid; null when it does not expire. A visit after it is not plannable. */
  approvalExpires: LocalDate.nullable().default(null),
  /** The visit kinds the approval covers; null for any kind. A visit of another kind is not plannable. */
  approvalScope: z.array(VisitKind).min(1).max(VisitKind.options.length).nullable().default(null),
  status: VisitStatus,
  notes: z.string().max(1000),
});
export type Visit = z.infer<typeof Visit>;
