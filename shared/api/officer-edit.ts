import { z } from 'zod';
import { LocalDate, Officer } from '../domain';

/**
 * The roster fields an officer edit may change, named as the officers file heads them: an edit is
 * checked by the import's own rules, cell by cell, so the screen and the file never disagree.
 */
export const OFFICER_EDIT_FIELDS = [
  'team',
  'skills',
  'shift_start',
  'shift_end',
  'break_start',
  'break_min',
  'max_visits',
  'max_work_min',
  'start_lat',
  'start_lng',
  'end_lat',
  'end_lng',
  'start_address',
  'end_address',
  'active',
] as const;
export const OfficerEditField = z.enum(OFFICER_EDIT_FIELDS);
export type OfficerEditField = z.infer<typeof OfficerEditField>;

/** New text of the fields that change, as a dispatcher types them (`09:00`, `collection@2027-01-31;senior`, `open`). */
export const OfficerChanges = z
  .partialRecord(OfficerEditField, z.string().max(500))
  .refine((changes) => Object.keys(changes).length > 0, 'name at least one field to change');
export type OfficerChanges = z.infer<typeof OfficerChanges>;

/** A planned day whose problems changed with the edit, and how many it has now. */
export const PlanFlagChange = z.object({ date: LocalDate, problems: z.number().int().min(0) });
export type PlanFlagChange = z.infer<typeof PlanFlagChange>;

/** What an officer edit (or its undo) answers. */
export const OfficerEditResult = z.object({
  officer: Officer,
  /** The audit entry of this change, which `officers.undoEdit` takes back; null when nothing changed (nothing written). */
  editId: z.number().int().positive().nullable(),
  /** The officer's record fields that changed (none: the edit changed nothing). */
  changed: z.array(z.string()),
  /** Current plans whose flags changed, re-checked in the edit's own transaction. */
  plans: z.array(PlanFlagChange),
});
export type OfficerEditResult = z.infer<typeof OfficerEditResult>;
