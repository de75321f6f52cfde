import type { LocalDate, Skill, TimeWindow, Visit, VisitId, VisitKind, VisitStatus, CoordSystem } from '../../../../shared/domain';
import { locatingToColumns, readLocation, type LocatingColumns } from './visit-location-columns';

/** A `visits` row as better-sqlite3 returns it. */
export interface VisitRow {
  id: string;
  date: string;
  kind: string;
  customer_id: string;
  customer_name: string;
  phone: string;
  address: string;
  lat: number;
  lng: number;
  coord_system: string;
  windows_json: string;
  service_sec: number;
  priority: number;
  risk_score: number | null;
  overdue_days: number | null;
  overdue_amount: number | null;
  required_skills_json: string;
  approval_ref: string;
  approved_by: string | null;
  approval_expires: string | null;
  approval_scope_json: string | null;
  status: string;
  notes: string;
  location_source: string | null;
  location_confidence: number | null;
  location_problem_json: string | null;
}

/** Columns written on insert and update, in order; timestamps are added by the repo. */
export const VISIT_COLUMNS = [
  'id',
  'date',
  'kind',
  'customer_id',
  'customer_name',
  'phone',
  'address',
  'lat',
  'lng',
  'coord_system',
  'windows_json',
  'service_sec',
  'priority',
  'risk_score',
  'overdue_days',
  'overdue_amount',
  'required_skills_json',
  'approval_ref',
  'approved_by',
  'approval_expires',
  'approval_scope_json',
  'status',
  'notes',
  'location_source',
  'location_confidence',
  'location_problem_json',
] as const;

export function visitToRow(visit: Visit): VisitRow {
  return {
    id: visit.id,
    date: visit.date,
    kind: visit.kind,
    customer_id: visit.customerId,
    customer_name: visit.customerName,
    phone: visit.phone,
    address: visit.address,
    // A pending visit has no place: 0, 0 stands in for the NOT NULL columns (migration 0180).
    lat: visit.location?.lat ?? 0,
    lng: visit.location?.lng ?? 0,
    coord_system: visit.location?.system ?? 'wgs84',
    windows_json: JSON.stringify(visit.windows.map((w) => ({ startSec: w.startSec, endSec: w.endSec }))),
    service_sec: visit.serviceSec,
    priority: visit.priority,
    risk_score: visit.riskScore,
    overdue_days: visit.overdueDays,
    overdue_amount: visit.overdueAmount,
    required_skills_json: JSON.stringify(visit.requiredSkills),
    approval_ref: visit.approvalRef,
    approved_by: visit.approvedBy,
    approval_expires: visit.approvalExpires,
    approval_scope_json: visit.approvalScope === null ? null : JSON.stringify(visit.approvalScope),
    status: visit.status,
    notes: visit.notes,
    ...locatingToColumns(visit.locating),
  };
}

export function rowToVisit(row: VisitRow): Visit {
  return {
    id: row.id as VisitId,
    date: row.date as LocalDate,
    kind: row.kind as VisitKind,
    customerId: row.customer_id,
    customerName: row.customer_name,
    phone: row.phone,
    address: row.address,
    ...readLocation(row as LocatingColumns, { lat: row.lat, lng: row.lng, system: row.coord_system as CoordSystem }),
    windows: JSON.parse(row.windows_json) as TimeWindow[],
    serviceSec: row.service_sec,
    priority: row.priority,
    riskScore: row.risk_score,
    overdueDays: row.overdue_days,
    overdueAmount: row.overdue_amount,
    requiredSkills: JSON.parse(row.required_skills_json) as Skill[],
    approvalRef: row.approval_ref,
    approvedBy: row.approved_by,
    approvalExpires: row.approval_expires as LocalDate | null,
    approvalScope: row.approval_scope_json === null ? null : (JSON.parse(row.approval_scope_json) as VisitKind[]),
    status: row.status as VisitStatus,
    notes: row.notes,
  };
}
