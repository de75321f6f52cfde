import type { PlanEdit } from '../../../../shared/api/contract';
import type { Officer, OfficerId, Plan, PlanLocks, UnassignedVisit, Visit, VisitId } from '../../../../shared/domain';
import { message } from '../../../../shared/i18n';
import { notInAnyRoute, officerOffDuty, positionOutOfRange, routeLocked, unknownOfficer, unknownVisit } from './edit-errors';

/** What an edit changes, before any route is re-timed. */
export interface EditChange {
  /** The new visit order of each route the edit touches (empty: the route goes). */
  orders: Map<OfficerId, VisitId[]>;
  locks: PlanLocks;
  unassigned: UnassignedVisit[];
  /** The visit a move or unassign concerns, for checks that look beyond its routes. */
  movedVisitId: VisitId | null;
}

/** The stored records an edit names, looked up by the caller (null: not found). */
export interface EditSubjects {
  visit: Visit | null;
  officer: Officer | null;
}

/**
 * Works out what `edit` does to `plan`, refusing (with the dispatcher's words) an unknown visit or
 * officer, a position outside the route, or a change to a locked route's order. Pure: it neither
 * re-times routes nor reads storage. `position` is the index the visit has in its route afterwards.
 */
export function applyEdit(plan: Plan, edit: PlanEdit, subjects: EditSubjects): EditChange {
  const keep = { locks: plan.locks, unassigned: plan.unassigned, orders: new Map<OfficerId, VisitId[]>(), movedVisitId: null };
  switch (edit.type) {
    case 'move':
      return move(plan, edit, subjects);
    case 'unassign':
      return unassign(plan, edit.visitId);
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

function move(plan: Plan, edit: Extract<PlanEdit, { type: 'move' }>, { visit, officer }: EditSubjects): EditChange {
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
  if (edit.position > target.length) throw positionOutOfRange(edit.position, edit.toOfficerId, target.length);
  orders.set(edit.toOfficerId, [...target.slice(0, edit.position), edit.visitId, ...target.slice(edit.position)]);
  refuseLockedChanges(plan, orders);

  // A pin follows the visit: the dispatcher just chose its officer by hand.
  const pinned = plan.locks.pinned.map((p) => (p.visitId === edit.visitId ? { ...p, officerId: edit.toOfficerId } : p));
  return {
    orders,
    locks: { ...plan.locks, pinned },
    unassigned: isUnassigned ? plan.unassigned.filter((u) => u.visitId !== edit.visitId) : plan.unassigned,
    movedVisitId: edit.visitId,
  };
}

function unassign(plan: Plan, visitId: VisitId): EditChange {
  const from = findStop(plan, visitId);
  if (!from) throw notInAnyRoute(visitId);
  const orders = new Map([[from.officerId, from.order.filter((id) => id !== visitId)]]);
  refuseLockedChanges(plan, orders);
  return {
    orders,
    locks: { ...plan.locks, pinned: plan.locks.pinned.filter((p) => p.visitId !== visitId) },
    unassigned: [...plan.unassigned, removedByDispatcher(visitId, from.officerId)],
    movedVisitId: visitId,
  };
}

/** A visit the dispatcher took out of a route by hand. */
function removedByDispatcher(visitId: VisitId, officerId: OfficerId): UnassignedVisit {
  return { visitId, reasons: ['removed_by_dispatcher'], message: message('whyUnassigned.removedByDispatcher', { officerId }) };
}

function refuseLockedChanges(plan: Plan, orders: Map<OfficerId, VisitId[]>): void {
  for (const officerId of plan.locks.fixedOrder) {
    const next = orders.get(officerId);
    if (next === undefined) continue;
    const was = stopIds(plan, officerId);
    if (next.length !== was.length || next.some((id, i) => id !== was[i])) throw routeLocked(officerId);
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
