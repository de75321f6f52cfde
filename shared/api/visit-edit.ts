import { z } from 'zod';
import { LocalDate, Message } from '../domain';

/**
 * A visit's fields as a dispatcher types them into the edit or add form: text (numbers accepted
 * too), checked by the back end with the very rules an imported row is checked with, so a form and
 * a file can never disagree on what a valid visit is.
 */
const Typed = z.union([z.string().max(2_000), z.number().finite()]);

/** What the detail panel's edit form may change; fields left out stay as they are. */
export const VisitChanges = z.object({
  /** The import's syntax: `09:00-12:00; 14:00-16:00`, or a named window (上午, 全天). */
  windows: z.string().max(500).optional(),
  address: z.string().max(2_000).optional(),
  lat: Typed.optional(),
  lng: Typed.optional(),
  /** `wgs84` (a pin dragged on the map), `gcj02`, `bd09`, or the names the import accepts. */
  coordSystem: z.string().max(40).optional(),
  serviceMinutes: Typed.optional(),
  priority: Typed.optional(),
  notes: z.string().max(5_000).optional(),
});
export type VisitChanges = z.infer<typeof VisitChanges>;

/** A visit added by hand: every column of a visits file, the required ones required as there. */
export const NewVisit = VisitChanges.extend({
  id: z.string().max(200),
  date: LocalDate,
  kind: z.string().max(100),
  customerId: z.string().max(500),
  customerName: z.string().max(500),
  phone: z.string().max(200).optional(),
  skills: z.string().max(1_000).optional(),
  approvalRef: z.string().max(500),
});
export type NewVisit = z.infer<typeof NewVisit>;

/** A field of the forms, as refusals name it. */
export type VisitFormField = keyof NewVisit;

/** Form field → the import column whose rule checks it (the one truth for each field). */
export const VISIT_FORM_COLUMNS = {
  id: 'visit_id',
  date: 'date',
  kind: 'kind',
  customerId: 'customer_id',
  customerName: 'customer_name',
  phone: 'phone',
  address: 'address',
  lat: 'lat',
  lng: 'lng',
  coordSystem: 'coord_system',
  windows: 'windows',
  serviceMinutes: 'service_min',
  priority: 'priority',
  skills: 'skills',
  approvalRef: 'approval_ref',
  notes: 'notes',
} as const satisfies Record<VisitFormField, string>;

/** One refused field of an edit or an addition (the refusal's `details.problems`). */
export const VisitFieldProblem = z.object({ field: z.string(), message: Message });
export type VisitFieldProblem = z.infer<typeof VisitFieldProblem>;

/** What the audit log holds about a visit, as its detail panel lists it. */
export const VisitHistoryAction = z.enum(['visit.add', 'visit.update', 'visits.cancelled', 'visits.approved']);
export type VisitHistoryAction = z.infer<typeof VisitHistoryAction>;

export const VisitHistoryEntry = z.object({
  /** ISO 8601 time of the change. */
  at: z.string(),
  actor: z.string(),
  action: VisitHistoryAction,
  /** The form fields the change set (edits only). */
  fields: z.array(z.string()),
});
export type VisitHistoryEntry = z.infer<typeof VisitHistoryEntry>;
