import type { VisitSummary } from '../../../../shared/api/contract';
import { AppError } from '../../../../shared/api/errors';
import type { NewVisit, VisitChanges, VisitFieldProblem } from '../../../../shared/api/visit-edit';
import { formatWindow, type Message } from '../../../../shared/domain';

/** The fields of the edit form, as text the dispatcher types (the back end checks them with the import's rules). */
export type EditFields = Required<{ [K in keyof VisitChanges]: string }>;
export const EDIT_FIELDS: readonly (keyof EditFields)[] = [
  'windows',
  'serviceMinutes',
  'priority',
  'address',
  'lat',
  'lng',
  'coordSystem',
  'notes',
];

/** The fields of the add form: every column of a visits file. */
export type AddFields = Required<{ [K in keyof NewVisit]: string }>;

/** A visit's record as the edit form starts out. */
export function editFieldsOf(visit: VisitSummary): EditFields {
  return {
    windows: visit.windows.map(formatWindow).join('; '),
    serviceMinutes: String(Math.round(visit.serviceSec / 60)),
    priority: String(visit.priority),
    address: visit.address,
    // A visit waiting to be geocoded starts with empty coordinates: typing them places it.
    lat: visit.location ? String(visit.location.lat) : '',
    lng: visit.location ? String(visit.location.lng) : '',
    coordSystem: visit.location?.system ?? 'wgs84',
    notes: visit.notes,
  };
}

/** Only what the dispatcher changed is sent: the rest of the record stays as stored. */
export function changesOf(start: EditFields, now: EditFields): VisitChanges {
  const changes: VisitChanges = {};
  for (const field of EDIT_FIELDS) if (now[field] !== start[field]) changes[field] = now[field];
  return changes;
}

/** An empty add form for the day on screen, with the import's defaults filled in. */
export function blankAddFields(date: string): AddFields {
  return {
    id: '',
    date,
    kind: 'collection',
    customerId: '',
    customerName: '',
    phone: '',
    address: '',
    lat: '',
    lng: '',
    coordSystem: 'wgs84',
    windows: '',
    serviceMinutes: '30',
    priority: '3',
    skills: '',
    approvalRef: '',
    notes: '',
  };
}

/** The add form's fields as the API takes them. */
export function newVisitOf(fields: AddFields): NewVisit {
  return { ...fields };
}

/** A refusal's problems by form field (each field's sentences, in both languages). */
export function problemsByField(error: unknown): ReadonlyMap<string, Message[]> {
  const out = new Map<string, Message[]>();
  if (!(error instanceof AppError)) return out;
  const problems = (error.details as { problems?: VisitFieldProblem[] } | undefined)?.problems ?? [];
  for (const problem of problems) out.set(problem.field, [...(out.get(problem.field) ?? []), problem.message]);
  return out;
}
