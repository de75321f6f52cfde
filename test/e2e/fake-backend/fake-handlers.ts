import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { EventHub } from '../../../electron/backend/events';
import { PlanId, type LocalDate, type Officer, type Plan, type Visit } from '../../../shared/domain';
import { maskName, maskPhone } from '../../../shared/logic/mask';
import { demoOfficers, demoVisits, seededRandom } from './demo-data';
import { fakePlan } from './fake-planner';

/**
 * In-memory back end with the contract's exact shapes, for renderer and transport tests until
 * (and besides) the real handlers over a temporary database.
 */
export function createFakeHandlers(events: EventHub, clock: () => Date = () => new Date('2026-11-22T20:00:00Z')): Handlers {
  let visits: Visit[] = [];
  let officers: Officer[] = [];
  const plans = new Map<LocalDate, Plan>();

  const dates = (): LocalDate[] => [...new Set(visits.map((v) => v.date))].sort();
  const assignedOfficer = (visit: Visit) =>
    plans.get(visit.date)?.routes.find((r) => r.stops.some((s) => s.visitId === visit.id))?.officerId ?? null;

  return {
    'workspace.status': ({ date }) => {
      const day = date ?? dates()[0];
      const ofDay = visits.filter((v) => v.date === day);
      const plan = day ? plans.get(day) : undefined;
      return {
        dates: dates(),
        officerCount: officers.length,
        day: day && ofDay.length > 0 ? {
          date: day,
          visits: ofDay.length,
          approved: ofDay.filter((v) => v.status === 'approved').length,
          planned: ofDay.filter((v) => v.status === 'planned').length,
          unassigned: plan?.unassigned.length ?? 0,
          officersOnShift: officers.filter((o) => o.isActive).length,
          hasPlan: plan !== undefined,
        } : null,
      };
    },
    'workspace.loadDemo': ({ date = '2026-11-23', visits: visitCount = 60, officers: officerCount = 5, seed = 1 }) => {
      const random = seededRandom(seed);
      officers = demoOfficers(officerCount, random);
      visits = [...visits.filter((v) => v.date !== date), ...demoVisits(date, visitCount, random)];
      plans.delete(date);
      return { date, visits: visitCount, officers: officerCount };
    },
    'visits.list': ({ date, status, kind }) => visits
      .filter((v) => v.date === date && (!status || v.status === status) && (!kind || v.kind === kind))
      .map(({ customerName, phone, ...rest }) => ({
        ...rest, displayName: maskName(customerName), phoneMasked: maskPhone(phone), assignedOfficerId: assignedOfficer(rest as Visit),
      })),
    'visits.setStatus': ({ ids, status }) => {
      const wanted = new Set<string>(ids);
      let changed = 0;
      visits = visits.map((v) => (wanted.has(v.id) ? (changed++, { ...v, status }) : v));
      return { changed };
    },
    'officers.list': () => officers,
    'import.file': ({ kind, fileName, dryRun }) => ({
      kind, fileName, encoding: 'utf-8', rowCount: 0, validCount: 0, errors: [], ignoredColumns: [],
      dryRun, written: false, inserted: 0, updated: 0,
    }),
    'plans.solve': async ({ date, seed }) => {
      const ofDay = visits.filter((v) => v.date === date && v.status !== 'cancelled');
      if (ofDay.length === 0) throw new AppError('not_found', { en: `There are no visits on ${date}.`, zh: `${date} 没有走访任务。` });
      events.emit('plans.progress', { date, fraction: 0.5, assigned: 0 });
      const { routes, unassigned } = fakePlan(ofDay, officers);
      const assignedCount = routes.reduce((n, r) => n + r.stops.length, 0);
      const plan: Plan = {
        id: PlanId.parse(`P-${date}-${plans.size + 1}`), date, planner: 'fake', seed, createdAt: clock().toISOString(),
        routes, unassigned,
        stats: {
          visitCount: ofDay.length, assignedCount, unassignedCount: unassigned.length, officersUsed: routes.length,
          travelSec: routes.reduce((n, r) => n + r.travelSec, 0), distanceM: routes.reduce((n, r) => n + r.distanceM, 0),
          workingSec: routes.reduce((n, r) => n + r.workingSec, 0), solveMs: 1,
        },
      };
      plans.set(date, plan);
      const planned = new Set<string>(routes.flatMap((r) => r.stops.map((s) => s.visitId)));
      visits = visits.map((v) => (planned.has(v.id) ? { ...v, status: 'planned' as const } : v));
      events.emit('plans.progress', { date, fraction: 1, assigned: assignedCount });
      events.emit('plans.saved', { date, planId: plan.id, stats: plan.stats });
      return plan;
    },
    'plans.latest': ({ date }) => plans.get(date) ?? null,
    'exports.day': ({ date, format }) => {
      const plan = plans.get(date);
      const rows = (plan?.routes ?? []).flatMap((r) => r.stops.map((s, i) => [r.officerId, i + 1, s.visitId, s.startSec]));
      const content = format === 'json'
        ? JSON.stringify(rows)
        : ['officer,order,visit,startSec', ...rows.map((row) => row.join(','))].join('\n');
      return { files: [{ name: `dispatch-${date}.${format}`, mediaType: format === 'json' ? 'application/json' : 'text/csv', content }] };
    },
  };
}
