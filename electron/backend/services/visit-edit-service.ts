import { createHash } from 'node:crypto';
import { AppError, badInput } from '../../../shared/api/errors';
import {
  VISIT_FORM_COLUMNS,
  type NewVisit,
  type VisitChanges,
  type VisitFieldProblem,
  type VisitFormField,
} from '../../../shared/api/visit-edit';
import type { Plan, Visit, VisitId } from '../../../shared/domain';
import { message, paragraph } from '../../../shared/i18n';
import { readVisitCells, visitCells, withFields } from '../import/visit-cells';
import { checkPlan, recheckCurrentPlans } from './plan-check';
import { stalePlan } from './plan-edit/edit-errors';
import { planningBusy } from './plan-jobs';
import { newPlanId, planStats } from './planning-service';
import type { PlanContext } from './plan-context';
import { recordVersion } from './visit-record-version';
import { locatingAfterEdit } from '../../../shared/logic/visit-location';

/** Visits the field has already made keep the record they were made with. */
const MADE = new Set(['done', 'failed']);

/** What an edit or an addition wrote: the visit, and on a planned day the plan version it made and the plan before. */
export interface VisitWritten {
  visit: Visit;
  version: { base: Plan; plan: Plan } | null;
}

/**
 * Changes a visit's record from the detail panel's form. The fields are checked by the import's
 * row rules (nothing is written when any is refused, and the refusal names each bad field in both
 * languages). On a day with a plan the change is a plan version: the visit's route is re-timed with
 * its new record, what the plan breaks is checked and stored, and Undo writes the old record back
 * together with the old plan. On a day without a plan only the record changes (the screens ask
 * first, as it cannot be undone). Written, audited and re-checked in one transaction.
 */
export async function updateVisit(ctx: PlanContext, id: VisitId, changes: VisitChanges): Promise<VisitWritten> {
  const { repos } = ctx;
  const before = repos.visits.get(id);
  if (!before) throw new AppError('not_found', message('visitEdit.unknownVisit', { visitId: id }));
  if (MADE.has(before.status))
    throw badInput(message('visitEdit.alreadyMade', { visitId: id, status: message(`status.${before.status}`) }));
  const read = readVisitCells(withFields(visitCells(before), changes), before.location?.system ?? 'wgs84');
  if (!read.ok) throw refused('visitEdit.notChanged', id, read.problems);
  // A place found from the address that a person moves is confirmed (issue 20).
  const after: Visit = locatingAfterEdit(before, { ...read.visit, status: before.status });
  const fields = changedFields(before, after);
  if (fields.length === 0) return { visit: before, version: null };

  const version = await recordVersion(ctx, after);
  return repos.transaction(() => {
    if (version) {
      const currentId = ctx.store.currentId(after.date);
      if (currentId !== version.base.id) throw stalePlan(after.date, version.base.id, currentId ?? version.base.id);
    }
    repos.visits.upsertMany([after]);
    let saved: VisitWritten['version'] = null;
    if (version) {
      saved = { base: version.base, plan: { ...version.plan, violations: checkPlan(repos, ctx.deps, version.plan) } };
      repos.plans.saveEdited(saved.plan, version.parts, [], [{ visitId: id, before, after }]);
      ctx.store.remember(saved.plan);
    }
    // A plan of another day that still routes the visit (it was moved there by an import) is checked too.
    recheckCurrentPlans(
      repos,
      ctx.deps,
      repos.plans.currentDatesRouting({ visitIds: [id] }).filter((date) => date !== saved?.plan.date),
    );
    repos.audit.append({
      action: 'visit.update',
      entity: 'visit',
      entityId: id,
      detail: { fields, before: cellsOf(before, fields), after: cellsOf(after, fields), plan: saved?.plan.id ?? null },
    });
    return { visit: after, version: saved };
  });
}

/**
 * Adds a visit typed in by hand, checked as an imported row would be; an ID already stored is
 * refused, naming the visit. The visit is approved and in no route: the dispatcher fits it into
 * the plan afterwards (`plans.insertVisits`). On a day with a plan the addition is a plan version
 * listing it as unassigned: Undo takes it off the day (it stays stored, cancelled, for the audit
 * trail), Redo brings it back.
 */
export function addVisit(ctx: PlanContext, fields: NewVisit): VisitWritten {
  const { repos } = ctx;
  const existing = repos.visits.get(fields.id.trim() as VisitId);
  if (existing) throw new AppError('conflict', message('visitEdit.duplicateId', { visitId: existing.id, date: existing.date }));
  const read = readVisitCells(withFields(new Map(), fields), 'wgs84');
  if (!read.ok) throw refused('visitEdit.notAdded', fields.id.trim(), read.problems);
  const visit = read.visit;
  return repos.transaction(() => {
    if (repos.visits.get(visit.id))
      throw new AppError('conflict', message('visitEdit.duplicateId', { visitId: visit.id, date: visit.date }));
    if (ctx.jobs.isRunning(visit.date)) throw planningBusy(visit.date);
    repos.visits.upsertMany([visit]);
    const version = listedInPlan(ctx, visit);
    repos.audit.append({
      action: 'visit.add',
      entity: 'visit',
      entityId: visit.id,
      detail: { date: visit.date, plan: version?.plan.id ?? null },
    });
    return { visit, version };
  });
}

/** The plan version that lists a visit just added as unassigned, or null when its day has no plan. */
function listedInPlan(ctx: PlanContext, visit: Visit): VisitWritten['version'] {
  const base = ctx.store.current(visit.date);
  if (!base) return null;
  const createdAt = ctx.deps.clock().toISOString();
  const unassigned = [
    ...base.unassigned,
    { visitId: visit.id, reasons: ['added_by_hand' as const], message: message('whyUnassigned.addedByHand') },
  ];
  const assigned = base.routes.reduce((n, r) => n + r.stops.length, 0);
  // No route changes, so the base's flags hold as they are.
  const plan: Plan = {
    ...base,
    id: newPlanId(visit.date, createdAt),
    createdAt,
    unassigned,
    parentId: base.id,
    stats: planStats(assigned + unassigned.length, base.routes, unassigned, 0),
  };
  // Undo sets the visit cancelled (it leaves the day); Redo approves it again.
  ctx.repos.plans.saveEdited(plan, { officers: [], unassignedChanged: true }, [{ visitId: visit.id, from: 'cancelled', to: 'approved' }]);
  ctx.store.remember(plan);
  return { base, plan };
}

function refused(key: 'visitEdit.notChanged' | 'visitEdit.notAdded', visitId: string, problems: VisitFieldProblem[]): AppError {
  return badInput(message(key, { visitId, problems: paragraph(problems.map((p) => p.message)) }), { problems });
}

/** The form fields whose cells differ between two records. */
function changedFields(before: Visit, after: Visit): VisitFormField[] {
  const a = visitCells(before);
  const b = visitCells(after);
  return (Object.keys(VISIT_FORM_COLUMNS) as VisitFormField[]).filter((f) => a.get(VISIT_FORM_COLUMNS[f]) !== b.get(VISIT_FORM_COLUMNS[f]));
}

const PERSONAL_FIELDS = new Set<VisitFormField>(['customerName', 'phone', 'address', 'notes']);

/**
 * The edited fields' values as the audit log keeps them: a customer's name, phone, address and
 * notes only as a hash (the chain seals every entry, so retention could never erase a value kept
 * there; the hash still shows whether two values were the same).
 */
function cellsOf(visit: Visit, fields: readonly VisitFormField[]): Record<string, string> {
  const cells = visitCells(visit);
  return Object.fromEntries(
    fields.map((f) => {
      const value = cells.get(VISIT_FORM_COLUMNS[f]) ?? '';
      return [
        f,
        PERSONAL_FIELDS.has(f) && value !== '' ? `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 16)}` : value,
      ];
    }),
  );
}
