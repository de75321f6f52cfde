import { badInput } from '../../../shared/api/errors';
import type { LocalDate, Plan, Visit, VisitId } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { planningBusy } from './plan-jobs';
import { newPlanId, planStats } from './planning-service';
import type { PlanContext, SavedView } from './plan-context';

/**
 * Carries a day's approved visits that are in no route (all, or those named) to a later day in
 * one change (issue 19). On a day with a plan it is a plan version: the visits leave its unassigned
 * list, and Undo brings back their old date with the old plan. Audited.
 */
export function carryVisits(
  ctx: PlanContext,
  from: LocalDate,
  to: LocalDate,
  visitIds?: readonly VisitId[],
): { carried: VisitId[]; base: Plan | null; saved: SavedView | null } {
  const { repos, store } = ctx;
  if (to <= from) throw badInput(message('carry.notLater', { from, to }));
  if (ctx.jobs.isRunning(from)) throw planningBusy(from);
  const base = store.current(from);
  const routed = new Set<string>(base?.routes.flatMap((r) => r.stops.map((s) => s.visitId)) ?? []);
  const carriable = repos.visits.listByDate(from).filter((v) => v.status === 'approved' && !routed.has(v.id));
  let chosen: Visit[] = carriable;
  if (visitIds) {
    const byId = new Map(carriable.map((v) => [v.id as string, v]));
    const missing = visitIds.find((id) => !byId.has(id));
    if (missing) throw badInput(message('carry.notCarriable', { visitId: missing, date: from }));
    chosen = visitIds.map((id) => byId.get(id)!);
  }
  if (chosen.length === 0) throw badInput(message('carry.nothing', { date: from }));
  const moved = chosen.map((v) => ({ ...v, date: to }));
  const leaving = new Set<string>(chosen.map((v) => v.id));
  return repos.transaction(() => {
    repos.visits.upsertMany(moved);
    let saved: SavedView | null = null;
    if (base) {
      const createdAt = ctx.deps.clock().toISOString();
      const unassigned = base.unassigned.filter((u) => !leaving.has(u.visitId));
      const assigned = base.routes.reduce((n, r) => n + r.stops.length, 0);
      const plan: Plan = {
        ...base,
        id: newPlanId(from, createdAt),
        createdAt,
        parentId: base.id,
        unassigned,
        stats: planStats(assigned + unassigned.length, base.routes, unassigned, 0),
      };
      repos.plans.saveEdited(
        plan,
        { officers: [], unassignedChanged: true },
        [],
        chosen.map((before, i) => ({ visitId: before.id, before, after: moved[i] })),
      );
      saved = { view: store.view(store.remember(plan)), visitStatuses: [] };
    }
    repos.audit.append({ action: 'visits.carry', entity: 'visit', entityId: chosen.map((v) => v.id).join(','), detail: { from, to } });
    return { carried: chosen.map((v) => v.id), base, saved };
  });
}
