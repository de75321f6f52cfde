import { Visit, VisitId, VisitKind, type CoordSystem, type LocalDate } from '../../../shared/domain';
import { LANGUAGES, message, translate } from '../../../shared/i18n';
import {
  amountCell,
  choiceCell,
  dateCell,
  fail,
  idCell,
  numberCell,
  ok,
  phoneCell,
  skillsCell,
  splitList,
  textCell,
  type CellParser,
} from './cells';
import { windowsCell } from './cell-times';
import { coordSystemCell, readPoint } from './points';
import type { RowReader } from './row-reader';
import { schemaGate } from './schema-gate';
import { VISIT_KIND_ALIASES } from './value-aliases';

/** Defaults a visits row falls back to. */
export interface VisitRowDefaults {
  date: LocalDate | undefined;
  coordSystem: CoordSystem;
}

/** Every kind as the screens label it, in each language, besides the words offices use. */
const screenKindLabels = Object.fromEntries(
  VisitKind.options.flatMap((kind) => LANGUAGES.map((language) => [translate(language, `kind.${kind}`), kind] as const)),
);
const KIND_CHOICES = message('importProblem.visitKindChoices');
const kindCell = choiceCell({ ...VISIT_KIND_ALIASES, ...screenKindLabels }, KIND_CHOICES);

/** The kinds an approval covers: each read as the kind column reads it, separated by `;` (or `；` `,` `、`), in the domain's order. */
const kindsCell: CellParser<VisitKind[]> = (text, label) => {
  const kinds = new Set<VisitKind>();
  const items = splitList(text);
  if (items.length === 0) return fail(message('importProblem.notRecognised', { column: label, text, allowed: KIND_CHOICES }));
  for (const item of items) {
    const parsed = kindCell(item, label);
    if (!parsed.ok) return parsed;
    kinds.add(parsed.value);
  }
  return ok(VisitKind.options.filter((k) => kinds.has(k)));
};

const visitIdCell = idCell(VisitId);

/** Service time in minutes: whole, 0 to 8 hours. */
const serviceMinCell = numberCell({ min: 0, max: 480, integer: true });
const priorityRange = numberCell({ min: 1, max: 5, integer: true });
const priorityCell: CellParser<number> = (text, label) => {
  const parsed = priorityRange(text, label);
  return parsed.ok ? parsed : fail(message('importProblem.notPriority', { column: label }));
};
const riskScoreCell = numberCell({ min: 0, max: 100 });
const overdueDaysCell = numberCell({ min: 0, max: 36_500, integer: true });
const overdueAmountCell = amountCell(1e12);

/**
 * Turns one visits row into a Visit, or records every bad field on the reader and returns
 * undefined. Imported visits are approved: the lender's approval reference is required; who
 * approved, until when and for which kinds are optional.
 */
export function parseVisitRow(reader: RowReader, defaults: VisitRowDefaults): Visit | undefined {
  const id = reader.required('visit_id', visitIdCell);
  const date = defaults.date === undefined ? reader.required('date', dateCell) : reader.optional('date', dateCell, defaults.date);
  const kind = reader.required('kind', kindCell);
  const customerId = reader.required('customer_id', textCell(64));
  const customerName = reader.required('customer_name', textCell(100));
  const phone = reader.optional('phone', phoneCell, '');
  const address = reader.required('address', textCell(300));
  const system = reader.optional('coord_system', coordSystemCell, defaults.coordSystem);
  // An address without coordinates waits to be geocoded (issue 20); one coordinate alone is an error.
  const toGeocode = reader.text('lat') === '' && reader.text('lng') === '';
  const location = toGeocode ? null : readPoint(reader, 'lat', 'lng', system);
  const windows = reader.required('windows', windowsCell);
  const serviceMin = reader.optional('service_min', serviceMinCell, 30);
  const priority = reader.optional('priority', priorityCell, 3);
  const requiredSkills = reader.optional('skills', skillsCell, []);
  const approvalRef = reader.required('approval_ref', textCell(64));
  // An expiry before the visit's date is not an error here: the approval may be renewed before the
  // day, and until then the planner keeps the visit out (shared/logic/approvals.ts).
  const approvedBy = reader.optional('approved_by', textCell(100), null);
  const approvalExpires = reader.optional('approval_expires', dateCell, null);
  const approvalScope = reader.optional('approval_scope', kindsCell, null);
  const notes = reader.optional('notes', textCell(1000), '');
  const riskScore = reader.optional('risk_score', riskScoreCell, null);
  const overdueDays = reader.optional('overdue_days', overdueDaysCell, null);
  const overdueAmount = reader.optional('overdue_amount', overdueAmountCell, null);
  if (reader.errors.length > 0) return undefined;

  const candidate = {
    id,
    date,
    kind,
    customerId,
    customerName,
    phone,
    address,
    location,
    ...(toGeocode && { locating: { source: 'pending', confidence: null, problem: null } }),
    windows,
    serviceSec: (serviceMin ?? 0) * 60,
    priority,
    riskScore,
    overdueDays,
    overdueAmount,
    requiredSkills,
    approvalRef,
    approvedBy,
    approvalExpires,
    approvalScope,
    status: 'approved',
    notes,
  };
  return schemaGate(reader, Visit, candidate, VISIT_PATHS);
}

/** Domain field → column, for the rare message that only the schema gate catches. */
const VISIT_PATHS: Record<string, string> = {
  id: 'visit_id',
  date: 'date',
  kind: 'kind',
  customerId: 'customer_id',
  customerName: 'customer_name',
  phone: 'phone',
  address: 'address',
  location: 'lat',
  windows: 'windows',
  serviceSec: 'service_min',
  priority: 'priority',
  riskScore: 'risk_score',
  overdueDays: 'overdue_days',
  overdueAmount: 'overdue_amount',
  requiredSkills: 'skills',
  approvalRef: 'approval_ref',
  approvedBy: 'approved_by',
  approvalExpires: 'approval_expires',
  approvalScope: 'approval_scope',
  notes: 'notes',
};
