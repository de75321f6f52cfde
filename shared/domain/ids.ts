import { z } from 'zod';

/** Identifier text as dispatchers type it: 1–64 visible characters, no separators that break CSV or URLs. */
const idText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[\p{L}\p{N}_.\-:#/]+$/u, 'may contain letters, digits and _ . - : # / only');

/** A visit's id, unique within a workspace (the lender's visit or task number). */
export const VisitId = idText.brand<'VisitId'>();
export type VisitId = z.infer<typeof VisitId>;

/** An officer's id, unique within a workspace (staff number). */
export const OfficerId = idText.brand<'OfficerId'>();
export type OfficerId = z.infer<typeof OfficerId>;

/** A stored plan's id. */
export const PlanId = idText.brand<'PlanId'>();
export type PlanId = z.infer<typeof PlanId>;
