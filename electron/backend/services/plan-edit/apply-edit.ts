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
  /**
   * Visits a batch move put at the end of an officer's route for now: the service gives each its
   * cheapest place once travel times are known. Places before `firstFree` (stops made) stay.
   */
  placing?: { officerId: OfficerId; visitIds: VisitId[]; firstFree: number };
}

/** The stored records an edit names, looked up by the caller (null: not found). */
export interface EditSubjects {
  visit: Visit | null;
  officer: Officer | null;
  /** Looks up the visits a batch move names (null: not found). */
  visitNamed?: (id: VisitId) => Visit | null;
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
    case 'moveMany':
      return moveMany(plan, edit, subjects);
    case 'unassign':
      return unassign(plan, [edit.visitId], subjects);
    case 'unassignMany':
      return unassign(plan, edit.visitIds, subjects);
    case 'pin':
      return { ...keep, locks: { ...plan.locks, pinned: pin(plan, [edit.visitId], edit.pinned) } };
    case 'pinMany':
      return { ...keep, locks: { ...plan.locks, pinned: pin(plan, edit.visitIds, edit.pinned) } };
    case 'lockOrder': {
      const known = plan.routes.some((r) => r.officerId === edit.officerId) || subjects.officer !== null;
      if (!known) throw unknownOfficer(edit.officerId);
      const others = plan.locks.fixedOrder.filter((id) => id !== edit.officerId);
      return { ...keep, locks: { ...plan.locks, fixedOrder: edit.locked ? [...others, edit.officerId] : others } };
    }
  }
}

function move(plan: Plan, edit: Extract<PlanEdit, { type: 'move' }>, subjects: EditSubjects): EditChange {
  const officer = onDuty(subjects.officer, edit.toOfficerId);
  const change = startChange(plan);
  const target = placeVisit(plan, change, edit.visitId, subjects.visit, edit.toOfficerId);
  if (edit.position > target.length) throw positionOutOfRange(edit.position, officerInRoster(edit.toOfficerId, [officer]), target.length);
  change.orders.set(edit.toOfficerId, [...target.slice(0, edit.position), edit.visitId, ...target.slice(edit.position)]);
  refuseLockedChanges(plan, change.orders, subjects);
  return change;
}

/**
 * Moves a selection into one officer's route as one change (one Undo). Visits already in that
 * route stay where they are; the others go to its end for now (`placing`), each to its cheapest
 * place once the service knows travel times.
 */
function moveMany(plan: Plan, edit: Extract<PlanEdit, { type: 'moveMany' }>, subjects: EditSubjects): EditChange {
  onDuty(subjects.officer, edit.toOfficerId);
  const change = startChange(plan);
  const staying = new Set<string>(stopIds(plan, edit.toOfficerId));
  const coming = [...new Set(edit.visitIds)].filter((id) => !staying.has(id));
  for (const visitId of coming) {
    const target = placeVisit(plan, change, visitId, subjects.visitNamed?.(visitId) ?? null, edit.toOfficerId);
    change.orders.set(edit.toOfficerId, [...target, visitId]);
  }
  refuseLockedChanges(plan, change.orders, subjects);
  const done = new Set<string>(plan.locks.done);
  const made = stopIds(plan, edit.toOfficerId).findIndex((id) => !done.has(id));
  const firstFree = made < 0 ? staying.size : made;
  return coming.length === 0 ? change : { ...change, placing: { officerId: edit.toOfficerId, visitIds: coming, firstFree } };
}

/** The officer a visit moves to, who must be on the roster and on duty. */
function onDuty(officer: Officer | null, officerId: OfficerId): Officer {
  if (officer === null) throw unknownOfficer(officerId);
  if (!officer.isActive) throw officerOffDuty(officer);
  return officer;
}

/** A change that keeps everything, for a move to fill in. */
function startChange(plan: Plan): EditChange {
  return { orders: new Map(), locks: plan.locks, unassigned: plan.unassigned, movedVisitIds: [] };
}

/**
 * Takes a visit out of wherever it is (a route, the unassigned list, or nowhere for a visit of the
 * day not yet in the plan) towards `officerId`, into `change`: its pin follows it, as the
 * dispatcher just chose its officer by hand. Answers the target route's order without the visit.
 */
function placeVisit(plan: Plan, change: EditChange, visitId: VisitId, visit: Visit | null, officerId: OfficerId): VisitId[] {
  const from = findStop(plan, visitId);
  const isUnassigned = plan.unassigned.some((u) => u.visitId === visitId);
  if (!from && !isUnassigned && (visit === null || visit.date !== plan.date)) throw unknownVisit(visitId, plan.date);
  if (from)
    change.orders.set(
      from.officerId,
      (change.orders.get(from.officerId) ?? from.order).filter((id) => id !== visitId),
    );
  if (isUnassigned) change.unassigned = change.unassigned.filter((u) => u.visitId !== visitId);
  change.locks = { ...change.locks, pinned: change.locks.pinned.map((p) => (p.visitId === visitId ? { ...p, officerId } : p)) };
  change.movedVisitIds.push(visitId);
  return change.orders.get(officerId) ?? stopIds(plan, officerId);
}

/** The pins after pinning (or releasing) visits, each to the officer whose route it is in. */
function pin(plan: Plan, visitIds: readonly VisitId[], pinned: boolean): PlanLocks['pinned'] {
  const taking = new Set(visitIds);
  const places = [...taking].map((visitId) => {
    const from = findStop(plan, visitId);
    if (!from) throw notInAnyRoute(visitId);
    return { visitId, officerId: from.officerId };
  });
  const others = plan.locks.pinned.filter((p) => !taking.has(p.visitId));
  return pinned ? [...others, ...places] : others;
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
