import type { PlanEdit } from '../../../../shared/api/contract';
import type { Officer, OfficerId, Plan, PlanLocks, UnassignedVisit, Visit, VisitId } from '../../../../shared/domain';
import { message, type Sentence } from '../../../../shared/i18n';
import { officerAtStart, officerInRoster, officerLabel } from './officer-label';
import { notInAnyRoute, officerOffDuty, positionOutOfRange, routeLocked, unknownOfficer, unknownVisit } from './edit-errors';

/** What an edit changes, before any route is re-timed. */
export interface EditChange {
  /** The new visit order of each route the edit touches (empty: the route goes). */
  orders: Map<OfficerId, VisitId[]>;
  locks: PlanLocks;
  unassigned: UnassignedVisit[];
  /** The visits a move or unassign takes in or out of routes (their statuses follow). */
  movedVisitIds: VisitId[];
}

/** The stored records an edit names, looked up by the caller (null: not found). */
export interface EditSubjects {
  visit: Visit | null;
  officer: Officer | null;
  /** Looks up any officer the edit's sentences name (a refusal, an unassigned reason). */
  officerNamed?: (id: OfficerId) => Officer | null;
}

/**
 * Works out what `edit` does to `plan`, refusing (with the dispatcher's words) an unknown visit or
 * officer, a position outside the route, or a change to a locked route's order. Pure: it neither
 * re-times routes nor reads storage. `position` is the index the visit has in its route afterwards.
 */
export function applyEdit(plan: Plan, edit: PlanEdit, subjects: EditSubjects): EditChange {
  const keep = { locks: plan.locks, unassigned: plan.unassigned, orders: new Map<OfficerId, VisitId[]>(), movedVisitIds: [] };
  switch (edit.type) {
    case 'move':
      return move(plan, edit, subjects);
    case 'unassign':
      return unassign(plan, [edit.visitId], subjects);
    case 'unassignMany':
      return unassign(plan, edit.visitIds, subjects);
    case 'pin': {
      const from = findStop(plan, edit.visitId);
      if (!from) throw notInAnyRoute(edit.visitId);
      const others = plan.locks.pinned.filter((p) => p.visitId !== edit.visitId);
      const pinned = edit.pinned ? [...others, { visitId: edit.visitId, officerId: from.officerId }] : others;
      return { ...keep, locks: { ...plan.locks, pinned } };
    }
    case 'lockOrder': {
      const known = plan.routes.some((r) => r.officerId === edit.officerId) || subjects.officer !== null;
      if (!known) throw unknownOfficer(edit.officerId);
      const others = plan.locks.fixedOrder.filter((id) => id !== edit.officerId);
      return { ...keep, locks: { ...plan.locks, fixedOrder: edit.locked ? [...others, edit.officerId] : others } };
    }
  }
}

function move(plan: Plan, edit: Extract<PlanEdit, { type: 'move' }>, subjects: EditSubjects): EditChange {
  const { visit, officer } = subjects;
  const from = findStop(plan, edit.visitId);
  const isUnassigned = plan.unassigned.some((u) => u.visitId === edit.visitId);
  if (!from && !isUnassigned && (visit === null || visit.date !== plan.date)) throw unknownVisit(edit.visitId, plan.date);
  if (officer === null) throw unknownOfficer(edit.toOfficerId);
  if (!officer.isActive) throw officerOffDuty(officer);

  const orders = new Map<OfficerId, VisitId[]>();
  if (from)
    orders.set(
      from.officerId,
      from.order.filter((id) => id !== edit.visitId),
    );
  const target = orders.get(edit.toOfficerId) ?? stopIds(plan, edit.toOfficerId);
  if (edit.position > target.length) throw positionOutOfRange(edit.position, officerInRoster(edit.toOfficerId, [officer]), target.length);
  orders.set(edit.toOfficerId, [...target.slice(0, edit.position), edit.visitId, ...target.slice(edit.position)]);
  refuseLockedChanges(plan, orders, subjects);

  // A pin follows the visit: the dispatcher just chose its officer by hand.
  const pinned = plan.locks.pinned.map((p) => (p.visitId === edit.visitId ? { ...p, officerId: edit.toOfficerId } : p));
  return {
    orders,
    locks: { ...plan.locks, pinned },
    unassigned: isUnassigned ? plan.unassigned.filter((u) => u.visitId !== edit.visitId) : plan.unassigned,
    movedVisitIds: [edit.visitId],
  };
}

/** Takes visits out of their routes into the unassigned list, as one change (one Undo brings them all back). */
function unassign(plan: Plan, visitIds: readonly VisitId[], subjects: EditSubjects): EditChange {
  const taking = new Set<string>(visitIds);
  const orders = new Map<OfficerId, VisitId[]>();
  const removed: UnassignedVisit[] = [];
  for (const visitId of new Set(visitIds)) {
    const from = findStop(plan, visitId);
    if (!from) throw notInAnyRoute(visitId);
    if (!orders.has(from.officerId))
      orders.set(
        from.officerId,
        from.order.filter((id) => !taking.has(id)),
      );
    removed.push(removedByDispatcher(visitId, named(subjects, from.officerId)));
  }
  refuseLockedChanges(plan, orders, subjects);
  return {
    orders,
    locks: { ...plan.locks, pinned: plan.locks.pinned.filter((p) => !taking.has(p.visitId)) },
    unassigned: [...plan.unassigned, ...removed],
    movedVisitIds: [...new Set(visitIds)],
  };
}

/** A visit the dispatcher took out of a route by hand. */
function removedByDispatcher(visitId: VisitId, officer: Sentence): UnassignedVisit {
  return { visitId, reasons: ['removed_by_dispatcher'], message: message('whyUnassigned.removedByDispatcher', { officer }) };
}

/** "officer 王伟 (O-2)" for a sentence, by the caller's lookup (the bare id when there is none). */
function named(subjects: EditSubjects, id: OfficerId, label = officerLabel): Sentence {
  return officerInRoster(
    id,
    [subjects.officerNamed?.(id) ?? null].filter((o) => o !== null),
    label,
  );
}

function refuseLockedChanges(plan: Plan, orders: Map<OfficerId, VisitId[]>, subjects: EditSubjects): void {
  for (const officerId of plan.locks.fixedOrder) {
    const next = orders.get(officerId);
    if (next === undefined) continue;
    const was = stopIds(plan, officerId);
    if (next.length !== was.length || next.some((id, i) => id !== was[i])) throw routeLocked(named(subjects, officerId, officerAtStart));
  }
}

function findStop(plan: Plan, visitId: VisitId): { officerId: OfficerId; order: VisitId[] } | null {
  for (const route of plan.routes) {
    if (route.stops.some((s) => s.visitId === visitId)) return { officerId: route.officerId, order: route.stops.map((s) => s.visitId) };
  }
  return null;
}

function stopIds(plan: Plan, officerId: OfficerId): VisitId[] {
  return plan.routes.find((r) => r.officerId === officerId)?.stops.map((s) => s.visitId) ?? [];
}
