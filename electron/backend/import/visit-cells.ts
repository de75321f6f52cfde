import type { RowError } from '../../../shared/api/import-report';
import { VISIT_FORM_COLUMNS, type NewVisit, type VisitFieldProblem, type VisitFormField } from '../../../shared/api/visit-edit';
import { formatWindow, type CoordSystem, type Visit } from '../../../shared/domain';
import type { Label } from './cells';
import { RowReader } from './row-reader';
import { VISIT_COLUMNS } from './visit-columns';
import { parseVisitRow } from './visit-row';

/**
 * Visits typed into a form go through the import's own row rules: the form's fields become the
 * cells of one visits row and `parseVisitRow` checks them, so a form and a file never disagree on
 * what a valid visit is, and a refusal names the field in the import's words, in both languages.
 */

const labels = new Map<string, Label>(VISIT_COLUMNS.map((c) => [c.field, c.label]));
const fieldOfColumn = new Map<string, VisitFormField>(
  Object.entries(VISIT_FORM_COLUMNS).map(([field, column]) => [column, field as VisitFormField]),
);

/** A stored visit as the cells of a visits row (what re-importing it would read). */
export function visitCells(visit: Visit): Map<string, string> {
  return new Map([
    ['visit_id', visit.id],
    ['date', visit.date],
    ['kind', visit.kind],
    ['customer_id', visit.customerId],
    ['customer_name', visit.customerName],
    ['phone', visit.phone],
    ['address', visit.address],
    // A visit waiting to be geocoded has no coordinates: the row leaves them empty, as its file did.
    ['lat', visit.location ? String(visit.location.lat) : ''],
    ['lng', visit.location ? String(visit.location.lng) : ''],
    ['coord_system', visit.location?.system ?? ''],
    ['windows', visit.windows.map(formatWindow).join(';')],
    ['service_min', String(visit.serviceSec / 60)],
    ['priority', String(visit.priority)],
    ['skills', visit.requiredSkills.join(';')],
    ['approval_ref', visit.approvalRef],
    ['approved_by', visit.approvedBy ?? ''],
    ['approval_expires', visit.approvalExpires ?? ''],
    ['approval_scope', (visit.approvalScope ?? []).join(';')],
    ['notes', visit.notes],
    ['risk_score', visit.riskScore === null ? '' : String(visit.riskScore)],
    ['overdue_days', visit.overdueDays === null ? '' : String(visit.overdueDays)],
    ['overdue_amount', visit.overdueAmount === null ? '' : String(visit.overdueAmount)],
  ]);
}

/** Form fields written over a row's cells (fields left out keep their cell). */
export function withFields(cells: ReadonlyMap<string, string>, fields: Partial<NewVisit>): Map<string, string> {
  const out = new Map(cells);
  for (const [field, value] of Object.entries(fields)) {
    const column = VISIT_FORM_COLUMNS[field as VisitFormField];
    if (column !== undefined && value !== undefined) out.set(column, String(value));
  }
  return out;
}

/** The visit a row's cells make, or every problem with them, by form field. */
export function readVisitCells(
  cells: ReadonlyMap<string, string>,
  coordSystem: CoordSystem,
): { ok: true; visit: Visit } | { ok: false; problems: VisitFieldProblem[] } {
  const reader = new RowReader(0, cells, labels, new Map());
  const visit = parseVisitRow(reader, { date: undefined, coordSystem });
  if (visit !== undefined && reader.errors.length === 0) return { ok: true, visit };
  return { ok: false, problems: reader.errors.map(problemOf) };
}

function problemOf(error: RowError): VisitFieldProblem {
  return { field: fieldOfColumn.get(error.field) ?? error.field, message: error.message };
}
