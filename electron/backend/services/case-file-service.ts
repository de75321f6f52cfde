import { badInput } from '../../../shared/api/errors';
import { formatClock, formatWindow, type CustomerHold, type Language, type LocalDate, type Plan, type Visit } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import type { AuditEntry } from '../db/repos/audit-repo';
import type { Repos } from '../db/repos';

/** Where a visit stands in its day's current plan. */
export type CasePlacement =
  | { kind: 'routed'; planId: string; officerId: string; officerName: string; arrival: string; start: string; end: string }
  | { kind: 'unassigned'; planId: string; reasons: string[]; message: string }
  | { kind: 'notPlanned' };

/** One visit of the customer with its record, its place in the plan and every audit entry about it or its day's plan. */
export interface CaseVisit {
  id: string;
  date: LocalDate;
  kind: Visit['kind'];
  status: Visit['status'];
  customerName: string;
  phone: string;
  address: string;
  windows: string;
  approvalRef: string;
  notes: string;
  placement: CasePlacement;
  history: AuditEntry[];
}

/** A customer's case file: every visit, the plans and exports that concerned it, for a supervisor or an auditor. */
export interface CaseFile {
  customerId: string;
  language: Language;
  exportedAt: string;
  /** Every hold placed on the customer, released ones too. */
  holds: CustomerHold[];
  visits: CaseVisit[];
}

/** Audit entries on plans that are about one day (plans saved, edited, exported, codes checked). */
function dayEntries(entries: readonly AuditEntry[], date: LocalDate): AuditEntry[] {
  return entries.filter((e) => (e.detail as { date?: unknown } | null)?.date === date);
}

function placement(repos: Repos, plan: Plan | null, visit: Visit, language: Language): CasePlacement {
  if (!plan) return { kind: 'notPlanned' };
  for (const route of plan.routes) {
    const stop = route.stops.find((s) => s.visitId === visit.id);
    if (stop) {
      const officerName = repos.officers.get(route.officerId)?.name ?? route.officerId;
      const times = { arrival: formatClock(stop.arrivalSec), start: formatClock(stop.startSec), end: formatClock(stop.endSec) };
      return { kind: 'routed', planId: plan.id, officerId: route.officerId, officerName, ...times };
    }
  }
  const left = plan.unassigned.find((u) => u.visitId === visit.id);
  return left
    ? { kind: 'unassigned', planId: plan.id, reasons: [...left.reasons], message: left.message[language] }
    : { kind: 'notPlanned' };
}

/**
 * Everything the workspace holds about one customer's visits, in full (a case file is for a
 * supervisor or an auditor): each visit's record, where the day's current plan puts it, the audit
 * entries naming it and those of its day's plans (saves, edits, exports, overrides, code checks),
 * oldest first. Making it is audited too. Refused, naming the customer, when there is no visit.
 */
export function buildCaseFile(repos: Repos, customerId: string, language: Language): CaseFile {
  const visits = repos.visits.listByCustomer(customerId);
  if (visits.length === 0) throw badInput(message('caseFile.unknownCustomer', { customerId }));
  const planEntries = repos.audit.list({ entity: 'plan', limit: 100_000 });
  const plans = new Map<LocalDate, Plan | null>();
  const planOf = (date: LocalDate) => {
    if (!plans.has(date)) plans.set(date, repos.plans.current(date));
    return plans.get(date)!;
  };
  const exportedAt = repos.clock().toISOString();
  const caseFile: CaseFile = {
    customerId,
    language,
    exportedAt,
    holds: repos.holds.list(customerId),
    visits: visits.map((visit) => ({
      id: visit.id,
      date: visit.date,
      kind: visit.kind,
      status: visit.status,
      customerName: visit.customerName,
      phone: visit.phone,
      address: visit.address,
      windows: visit.windows.map(formatWindow).join('; '),
      approvalRef: visit.approvalRef,
      notes: visit.notes,
      placement: placement(repos, planOf(visit.date), visit, language),
      history: [...repos.audit.listNaming('visit', visit.id, 10_000), ...dayEntries(planEntries, visit.date)].sort((a, b) => a.id - b.id),
    })),
  };
  repos.audit.append({ action: 'audit.caseFile', entity: 'customer', entityId: customerId, detail: { visits: visits.map((v) => v.id) } });
  return caseFile;
}
