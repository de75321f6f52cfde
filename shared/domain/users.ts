import { z } from 'zod';

/**
 * What a person may do in the workspace (issue 18). A dispatcher plans and edits; a supervisor
 * also changes the visiting rules, releases holds, manages the user profiles, and may accept a
 * move that breaks a rule, with a reason.
 */
export const UserRole = z.enum(['dispatcher', 'supervisor']);
export type UserRole = z.infer<typeof UserRole>;

/** A user's sign-in name: letters, digits and `. _ -`, as it appears in the audit trail. */
export const UserId = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .regex(/^[\p{L}\p{N}_.-]+$/u, 'may contain letters, digits and _ . - only');
export type UserId = z.infer<typeof UserId>;

/**
 * A local user profile. Profiles say who did what and what the app lets them do; they are not a
 * security boundary against someone who holds the workspace file.
 */
export const User = z.object({
  id: UserId,
  name: z.string().trim().min(1).max(100),
  role: UserRole,
  /** A user who left keeps their profile (the audit trail names them) but can no longer sign in. */
  active: z.boolean(),
});
export type User = z.infer<typeof User>;
