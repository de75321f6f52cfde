import { z } from 'zod';
import { VisitId } from './ids';
import { DaySeconds, LocalDate } from './time';

/** Whether the visit was made: `done`, or `failed` (the officer went, the visit did not happen as planned). */
export const OutcomeKind = z.enum(['done', 'failed']);
export type OutcomeKind = z.infer<typeof OutcomeKind>;

/** What came of a visit, as officers report it (issue 19). */
export const OutcomeResult = z.enum([
  'identity_verified',
  'identity_not_verified',
  'address_confirmed',
  'wrong_address',
  'moved',
  'promise_to_pay',
  'paid',
  'refused',
  'not_at_home',
  'complaint',
]);
export type OutcomeResult = z.infer<typeof OutcomeResult>;

/** Results that say the visit did not take place: only a failed visit has them. */
export const FAILED_ONLY_RESULTS: ReadonlySet<OutcomeResult> = new Set(['not_at_home', 'wrong_address', 'moved']);

/** A visit's outcome as recorded: one per visit, recording again replaces it (audited). */
export const VisitOutcome = z.object({
  visitId: VisitId,
  outcome: OutcomeKind,
  result: OutcomeResult,
  /** Seconds since midnight of the visit's date; null when not reported. */
  arrivedSec: DaySeconds.nullable(),
  leftSec: DaySeconds.nullable(),
  /** A promise to pay: how much and by when (both, and only then). */
  promiseAmount: z.number().min(0).max(100_000_000).nullable(),
  promiseDate: LocalDate.nullable(),
  remarks: z.string().max(1000),
});
export type VisitOutcome = z.infer<typeof VisitOutcome>;
