import type { Handlers } from '../../../shared/api/contract';
import { diffPlans } from '../../../shared/logic/plan-changes';
import { AppError } from '../../../shared/api/errors';
import type { EventHub } from '../../../electron/backend/events';
import { PlanId, type LocalDate, type Officer, type Plan, type Visit } from '../../../shared/domain';
import { maskName, maskPhone } from '../../../shared/logic/mask';
import { openingDay } from '../../../shared/logic/opening-day';
import { localToday } from '../../../electron/backend/services/workspace-service';
import { demoOfficers, demoVisits, seededRandom } from './demo-data';
import { fakePlan, timeFakeRoute } from './fake-planner';
import { createFakePlanVersions } from './fake-plan-versions';
import { fakeEdit } from './fake-plan-edits';

/**
 * In-memory back end with the contract's exact shapes, for renderer and transport tests until
 * (and besides) the real handlers over a temporary database.
 */
export function createFakeHandlers(events: EventHub, clock: () => Date = () => new Date('2026-11-22T20:00:00Z')): Handlers {
  let visits: Visit[] = [];
  let officers: Officer[] = [];
  const plans = createFakePlanVersions();
  const newPlan = (date: LocalDate, seed: number, parts: Pick<Plan, 'routes' | 'unassigned'> & Partial<Plan>): Plan => {
    const { routes, unassigned } = parts;
    const assignedCount = routes.reduce((n, r) => n + r.stops.length, 0);
    return {
      violations: [],
      locks: { pinned: [], fixedOrder: [], done: [] },
      parentId: null,
      ...parts,
      id: PlanId.parse(`P-${date}-${plans.count() + 1}`),
      date,
      planner: 'fake',
      seed,
      createdAt: clock().toISOString(),
      stats: {
        visitCount: assignedCount + unassigned.length,
        assignedCount,
        unassignedCount: unassigned.length,
        officersUsed: routes.length,
        travelSec: routes.reduce((n, r) => n + r.travelSec, 0),
        distanceM: routes.reduce((n, r) => n + r.distanceM, 0),
        workingSec: routes.reduce((n, r) => n + r.workingSec, 0),
        solveMs: 1,
      },
    };
  };
  const saved = (plan: Plan) => events.emit('plans.saved', { date: plan.date, planId: plan.id, stats: plan.stats });
  const markPlanned = (plan: Plan) => {
    const planned = new Set<string>(plan.routes.flatMap((r) => r.stops.map((s) => s.visitId)));
    visits = visits.map((v) =>
      v.date !== plan.date || v.status === 'cancelled'
        ? v
        : planned.has(v.id)
          ? { ...v, status: 'planned' as const }
          : v.status === 'planned'
            ? { ...v, status: 'approved' as const }
            : v,
    );
  };
  const ofDay = (date: LocalDate) => visits.filter((v) => v.date === date && v.status !== 'cancelled');

  const dates = (): LocalDate[] => [...new Set(visits.map((v) => v.date))].sort();
  const assignedOfficer = (visit: Visit) =>
    plans.current(visit.date)?.routes.find((r) => r.stops.some((s) => s.visitId === visit.id))?.officerId ?? null;

  return {
    'workspace.status': ({ date }) => {
      const day = date ?? openingDay(dates(), localToday(clock)) ?? undefined;
      const ofDay = visits.filter((v) => v.date === day);
      const plan = day ? plans.current(day) : null;
      return {
        dates: dates(),
        officerCount: officers.length,
        day:
          day && ofDay.length > 0
            ? {
                date: day,
                visits: ofDay.length,
                approved: ofDay.filter((v) => v.status === 'approved').length,
                planned: ofDay.filter((v) => v.status === 'planned').length,
                unassigned: plan?.unassigned.length ?? 0,
                officersOnShift: officers.filter((o) => o.isActive).length,
                hasPlan: plan !== null,
              }
            : null,
      };
    },
    'workspace.loadDemo': ({ date = '2026-11-23', visits: visitCount = 60, officers: officerCount = 5, seed = 1 }) => {
      const random = seededRandom(seed);
      officers = demoOfficers(officerCount, random);
      visits = [...visits.filter((v) => v.date !== date), ...demoVisits(date, visitCount, random)];
      plans.forget(date);
      return { date, visits: visitCount, officers: officerCount };
    },
    'visits.list': ({ date, status, kind }) =>
      visits
        .filter((v) => v.date === date && (!status || v.status === status) && (!kind || v.kind === kind))
        .map(({ customerName, phone, ...rest }) => ({
          ...rest,
          displayName: maskName(customerName),
          phoneMasked: maskPhone(phone),
          assignedOfficerId: assignedOfficer(rest as Visit),
        })),
    'visits.setStatus': ({ ids, status }) => {
      const wanted = new Set<string>(ids);
      let changed = 0;
      visits = visits.map((v) => (wanted.has(v.id) ? (changed++, { ...v, status }) : v));
      return { changed };
    },
    'officers.list': () => officers,
    'import.file': ({ kind, fileName, dryRun }) => ({
      kind,
      fileName,
      encoding: 'utf-8',
      rowCount: 0,
      validCount: 0,
      errors: [],
      ignoredColumns: [],
      dryRun,
      written: false,
      inserted: 0,
      updated: 0,
    }),
    'plans.solve': async ({ date, seed }) => {
      const day = ofDay(date);
      if (day.length === 0) throw new AppError('not_found', { en: `There are no visits on ${date}.`, zh: `${date} 没有走访任务。` });
      events.emit('plans.progress', { date, fraction: 0.5, assigned: 0, phase: 'construct' });
      const plan = newPlan(date, seed, fakePlan(day, officers));
      plans.save(plan);
      markPlanned(plan);
      events.emit('plans.progress', { date, fraction: 1, assigned: plan.stats.assignedCount, phase: 'improve' });
      saved(plan);
      return plan;
    },
    // The fake plans in one step: there is never a running job to stop.
    'plans.cancel': () => ({ cancelled: false }),
    'plans.current': ({ date }) => {
      const plan = plans.current(date);
      return plan ? plans.view(plan) : null;
    },
    'plans.edit': ({ date, basePlanId, edit }) => {
      const base = plans.mustHave(date);
      if (base.id !== basePlanId) {
        throw new AppError('conflict', { en: 'The plan changed since this board was loaded.', zh: '看板加载后方案已改变。' });
      }
      const parts = fakeEdit(
        base,
        edit,
        visits.filter((v) => v.date === date),
        officers,
      );
      const view = plans.save(newPlan(date, base.seed, { ...parts, parentId: base.id }));
      markPlanned(view.plan);
      saved(view.plan);
      return { changes: diffPlans(base, view.plan), canUndo: view.canUndo, canRedo: view.canRedo };
    },
    'plans.undo': ({ date }) => {
      const view = plans.undo(date);
      markPlanned(view.plan);
      return view;
    },
    'plans.redo': ({ date }) => {
      const view = plans.redo(date);
      markPlanned(view.plan);
      return view;
    },
    'plans.reoptimise': ({ date, seed }) => {
      const base = plans.mustHave(date);
      // Locked routes stay exactly as they are; everything else is planned again.
      const kept = base.routes.filter((r) => base.locks.fixedOrder.includes(r.officerId));
      const keptIds = new Set<string>(kept.flatMap((r) => r.stops.map((s) => s.visitId)));
      const free = fakePlan(
        ofDay(date).filter((v) => !keptIds.has(v.id)),
        officers.filter((o) => !base.locks.fixedOrder.includes(o.id)),
      );
      const view = plans.save(
        newPlan(date, seed, {
          routes: [...kept, ...free.routes],
          unassigned: free.unassigned,
          locks: base.locks,
          parentId: base.id,
        }),
      );
      markPlanned(view.plan);
      saved(view.plan);
      return view;
    },
    'plans.insertVisits': ({ date, visitIds }) => {
      const base = plans.mustHave(date);
      const wanted = new Set<string>(visitIds);
      const routes = [...base.routes];
      for (const visit of ofDay(date).filter((v) => wanted.has(v.id))) {
        const at = routes.findIndex((r) => !base.locks.fixedOrder.includes(r.officerId) && !r.stops.some((s) => s.visitId === visit.id));
        const officer = officers.find((o) => o.id === routes[at]?.officerId);
        if (!officer) continue;
        const inRoute = routes[at].stops.map((s) => visits.find((v) => v.id === s.visitId)).filter((v): v is Visit => v !== undefined);
        routes[at] = timeFakeRoute(officer, [...inRoute, visit]);
      }
      const placed = new Set<string>(routes.flatMap((r) => r.stops.map((s) => s.visitId)));
      const view = plans.save(
        newPlan(date, base.seed, {
          routes,
          unassigned: base.unassigned.filter((u) => !placed.has(u.visitId)),
          locks: base.locks,
          parentId: base.id,
        }),
      );
      markPlanned(view.plan);
      saved(view.plan);
      return view;
    },
    'exports.day': ({ date, format }) => {
      const plan = plans.current(date);
      const rows = (plan?.routes ?? []).flatMap((r) => r.stops.map((s, i) => [r.officerId, i + 1, s.visitId, s.startSec]));
      const content =
        format === 'json' ? JSON.stringify(rows) : ['officer,order,visit,startSec', ...rows.map((row) => row.join(','))].join('\n');
      return { files: [{ name: `dispatch-${date}.${format}`, mediaType: format === 'json' ? 'application/json' : 'text/csv', content }] };
    },
  };
}
