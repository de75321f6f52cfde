import type { PlanEdit } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { Officer, OfficerId, Plan, PlanViolation, Route, Visit, VisitId } from '../../../shared/domain';
import { timeFakeRoute } from './fake-planner';

type EditedParts = Pick<Plan, 'routes' | 'unassigned' | 'locks' | 'violations'>;

const refuse = (en: string, zh: string) => new AppError('bad_input', { en, zh });

/**
 * The fake back end's version of a dispatcher's edit: the same refusals as the real one (unknown
 * visit or officer, position out of range, locked route) and the touched routes re-timed with the
 * fake planner's timing; a visit starting outside its windows is flagged.
 */
export function fakeEdit(plan: Plan, edit: PlanEdit, visits: readonly Visit[], officers: readonly Officer[]): EditedParts {
  const orders = new Map<OfficerId, VisitId[]>(plan.routes.map((r) => [r.officerId, r.stops.map((s) => s.visitId)]));
  const officerOf = (visitId: VisitId) => [...orders].find(([, ids]) => ids.includes(visitId))?.[0];
  const changed = new Set<OfficerId>();
  const take = (visitId: VisitId, officerId: OfficerId) => {
    orders.set(
      officerId,
      (orders.get(officerId) ?? []).filter((id) => id !== visitId),
    );
    changed.add(officerId);
  };
  let { unassigned, locks } = plan;

  if (edit.type === 'move') {
    if (!visits.some((v) => v.id === edit.visitId))
      throw refuse(`Visit ${edit.visitId} is not on this day.`, `外访 ${edit.visitId} 不属于当天。`);
    if (!officers.some((o) => o.id === edit.toOfficerId))
      throw refuse(`Officer ${edit.toOfficerId} is not on the roster.`, `花名册中没有外访员 ${edit.toOfficerId}。`);
    const from = officerOf(edit.visitId);
    if (from) take(edit.visitId, from);
    const target = orders.get(edit.toOfficerId) ?? [];
    if (edit.position > target.length)
      throw refuse(`Position ${edit.position} is outside the route.`, `位置 ${edit.position} 超出路线范围。`);
    orders.set(edit.toOfficerId, [...target.slice(0, edit.position), edit.visitId, ...target.slice(edit.position)]);
    changed.add(edit.toOfficerId);
    unassigned = unassigned.filter((u) => u.visitId !== edit.visitId);
    locks = { ...locks, pinned: locks.pinned.map((p) => (p.visitId === edit.visitId ? { ...p, officerId: edit.toOfficerId } : p)) };
  } else if (edit.type === 'unassign') {
    const from = officerOf(edit.visitId);
    if (!from) throw refuse(`Visit ${edit.visitId} is not in any route.`, `外访 ${edit.visitId} 不在任何路线中。`);
    take(edit.visitId, from);
    unassigned = [
      ...unassigned,
      {
        visitId: edit.visitId,
        reasons: ['not_approved'],
        message: {
          en: 'The dispatcher removed this visit from its route.',
          zh: '调度员已将此外访移出路线。',
        },
      },
    ];
    locks = { ...locks, pinned: locks.pinned.filter((p) => p.visitId !== edit.visitId) };
  } else if (edit.type === 'pin') {
    const officerId = officerOf(edit.visitId);
    if (!officerId) throw refuse(`Visit ${edit.visitId} is not in any route.`, `外访 ${edit.visitId} 不在任何路线中。`);
    const others = locks.pinned.filter((p) => p.visitId !== edit.visitId);
    locks = { ...locks, pinned: edit.pinned ? [...others, { visitId: edit.visitId, officerId }] : others };
  } else {
    const others = locks.fixedOrder.filter((id) => id !== edit.officerId);
    locks = { ...locks, fixedOrder: edit.locked ? [...others, edit.officerId] : others };
  }
  for (const officerId of changed) {
    if (plan.locks.fixedOrder.includes(officerId))
      throw refuse(`Officer ${officerId}'s route is locked.`, `外访员 ${officerId} 的路线已锁定。`);
  }

  const byId = new Map(visits.map((v) => [v.id as string, v]));
  const retimed = new Map<OfficerId, Route>();
  for (const officerId of changed) {
    const officer = officers.find((o) => o.id === officerId);
    const order = (orders.get(officerId) ?? []).map((id) => byId.get(id)).filter((v): v is Visit => v !== undefined);
    if (officer && order.length > 0) retimed.set(officerId, timeFakeRoute(officer, order));
  }
  const routes = plan.routes.filter((r) => !changed.has(r.officerId) || retimed.has(r.officerId)).map((r) => retimed.get(r.officerId) ?? r);
  for (const [officerId, route] of retimed) if (!plan.routes.some((r) => r.officerId === officerId)) routes.push(route);
  const violations = [
    ...plan.violations.filter((v) => !changed.has(v.officerId)),
    ...[...retimed.values()].flatMap((route) => windowViolations(route, byId)),
  ];
  return { routes, unassigned, locks, violations };
}

function windowViolations(route: Route, byId: ReadonlyMap<string, Visit>): PlanViolation[] {
  return route.stops.flatMap((stop) => {
    const visit = byId.get(stop.visitId);
    if (!visit || visit.windows.some((w) => stop.startSec >= w.startSec && stop.startSec <= w.endSec)) return [];
    return [
      {
        officerId: route.officerId,
        visitId: stop.visitId,
        rule: 'window' as const,
        message: {
          en: `Visit ${stop.visitId} starts outside its agreed windows.`,
          zh: `外访 ${stop.visitId} 的开始时间不在约定时间窗内。`,
        },
      },
    ];
  });
}
