import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Handlers, PlanView } from '../../../shared/api/contract';
import { DEFAULT_PLANNING_RULES, type Officer, type Plan, type Visit } from '../../../shared/domain';
import { planningPoints } from '../../../shared/logic/planning-points';
import { verifyRoute } from '../../../shared/logic/verify-plan';
import { openDatabase } from '../../../electron/backend/db/open';
import { createHandlers } from '../../../electron/backend/handlers';
import { createEventHub } from '../../../electron/backend/events';
import { createRepos } from '../../../electron/backend/db/repos';
import { checkPlan } from '../../../electron/backend/services/plan-check';
import { GOOD_VISIT, OFFICER_COLUMNS, VISIT_COLUMNS, csvText, utf8 } from '../import/helpers';
import { DATE, call, officer, seedBlankDay, tenMinuteLegs, visit } from './plan-kit';

const OFFICERS = ['O-1', 'O-2', 'O-3'];
const VISITS = ['V-1', 'V-2', 'V-3', 'V-4', 'V-5', 'V-6'];

/** One change a dispatcher (or a file) makes to the day. */
const changeArb = fc.oneof(
  fc.record({
    type: fc.constant('importOfficer' as const),
    id: fc.constantFrom(...OFFICERS),
    active: fc.constantFrom('yes', 'yes', 'no'),
    shiftEnd: fc.constantFrom('09:20', '10:00', '12:00', '18:00', '18:00'),
    maxVisits: fc.constantFrom('1', '2', '8', '8'),
  }),
  fc.record({
    type: fc.constant('importVisit' as const),
    id: fc.constantFrom(...VISITS),
    windows: fc.constantFrom('07:00-07:30', '09:00-12:00', '09:00-12:00', '全天', '下午'),
    date: fc.constantFrom(DATE, DATE, DATE, '2026-03-05'),
    serviceMin: fc.constantFrom('10', '30', '120'),
    customer: fc.constantFrom('C1', 'C2', 'C3', 'C4', 'C5', 'C6'),
  }),
  fc.record({
    type: fc.constant('move' as const),
    visitId: fc.constantFrom(...VISITS),
    toOfficerId: fc.constantFrom(...OFFICERS),
    position: fc.nat(3),
  }),
  fc.record({ type: fc.constant('unassign' as const), visitId: fc.constantFrom(...VISITS) }),
  fc.record({
    type: fc.constant('status' as const),
    ids: fc.subarray(VISITS, { minLength: 1, maxLength: 3 }),
    status: fc.constantFrom('cancelled' as const, 'approved' as const),
  }),
  fc.record({ type: fc.constantFrom('undo' as const, 'redo' as const, 'reoptimise' as const) }),
);
type Change = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

const base64 = (text: string) => Buffer.from(utf8(text)).toString('base64');

async function apply(handlers: Handlers, change: Change): Promise<void> {
  const current = async () => (await call<PlanView>(handlers, 'plans.current', { date: DATE })).plan.id;
  switch (change.type) {
    case 'importOfficer': {
      const row = {
        officer_id: change.id,
        name: `Officer ${change.id}`,
        start_lat: '31.2',
        start_lng: '121.4',
        end_lat: '31.2',
        end_lng: '121.4',
        shift_start: '08:00',
        shift_end: change.shiftEnd,
        break_start: '',
        max_visits: change.maxVisits,
        skills: 'collection',
        active: change.active,
      };
      const text = csvText([...OFFICER_COLUMNS, 'active'], row, [{}], 'officer_id');
      return void (await call(handlers, 'import.files', {
        files: [{ kind: 'officers', fileName: 'o.csv', contentBase64: base64(text) }],
      }));
    }
    case 'importVisit': {
      const row = {
        visit_id: change.id,
        date: change.date,
        customer_id: change.customer,
        windows: change.windows,
        service_min: change.serviceMin,
        skills: 'collection',
        lat: '31.21',
        lng: '121.41',
      };
      const text = csvText(VISIT_COLUMNS, GOOD_VISIT, [row], 'visit_id');
      return void (await call(handlers, 'import.files', { files: [{ kind: 'visits', fileName: 'v.csv', contentBase64: base64(text) }] }));
    }
    case 'move':
      return void (await call(handlers, 'plans.edit', { date: DATE, basePlanId: await current(), edit: change }));
    case 'unassign':
      return void (await call(handlers, 'plans.edit', { date: DATE, basePlanId: await current(), edit: change }));
    case 'status':
      return void (await call(handlers, 'visits.setStatus', { ids: change.ids, status: change.status }));
    case 'reoptimise':
      return void (await call(handlers, 'plans.reoptimise', { date: DATE, seconds: 0, seed: 1 }));
    default:
      return void (await call(handlers, `plans.${change.type}`, { date: DATE }));
  }
}

/**
 * What the independent checker finds wrong with the stored plan against today's records: each
 * officer whose route it faults, and each routed visit that is gone, cancelled or on another day.
 */
function faults(db: Db, plan: Plan): { officers: Set<string>; visits: Set<string> } {
  const repos = createRepos(db, () => new Date());
  const officers = new Set<string>();
  const visits = new Set<string>();
  for (const route of plan.routes.filter((r) => r.stops.length > 0)) {
    const record = repos.officers.get(route.officerId);
    const stops = repos.visits.getMany(route.stops.map((s) => s.visitId));
    for (const stop of route.stops) {
      const found = stops.find((v) => v.id === stop.visitId);
      if (!found || found.date !== plan.date || !['approved', 'planned', 'dispatched'].includes(found.status)) visits.add(stop.visitId);
    }
    if (!record) {
      officers.add(route.officerId);
      continue;
    }
    const dayStops: Visit[] = stops;
    const roster: Officer[] = [record];
    const matrix = tenMinuteLegs.matrixNow!(planningPoints(dayStops, roster), [record.travelMode]);
    const request = { date: plan.date, visits: dayStops, officers: roster, matrix, rules: DEFAULT_PLANNING_RULES };
    if (verifyRoute(request, route).length > 0) officers.add(route.officerId);
  }
  return { officers, visits };
}

describe('after any sequence of imports, edits, cancels and undos', () => {
  it('the current plan passes the independent checker or carries a flag for every route and stop that does not', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(changeArb, { minLength: 1, maxLength: 14 }), async (changes) => {
        const db = openDatabase(':memory:');
        try {
          const handlers = createHandlers(db, { events: createEventHub(), travel: tenMinuteLegs, logError: () => undefined });
          seedBlankDay(
            db,
            OFFICERS.map((id) => officer(id)),
            VISITS.map((id, i) => visit(id, { customerId: `C${i + 1}` })),
          );
          await call(handlers, 'plans.solve', { date: DATE, seconds: 0, seed: 1 });
          for (const change of changes) {
            // A refusal (a stale move, nothing to undo, an edit the rules forbid) changes nothing: go on.
            await apply(handlers, change).catch((error: Error) => {
              if (!/^(bad_input|conflict|not_found):/.test(error.message)) throw error;
            });
          }
          const { plan } = await call<PlanView>(handlers, 'plans.current', { date: DATE });
          const found = faults(db, plan);
          const flaggedOfficers = new Set(plan.violations.map((v) => v.officerId));
          const flaggedVisits = new Set(plan.violations.map((v) => v.visitId));
          expect([...found.officers].filter((id) => !flaggedOfficers.has(id as never))).toEqual([]);
          expect([...found.visits].filter((id) => !flaggedVisits.has(id as never))).toEqual([]);
          // And the flags stored are exactly what checking the whole plan afresh finds (edits check only their routes).
          const sorted = (list: readonly unknown[]) => list.map((v) => JSON.stringify(v)).sort();
          const afresh = checkPlan(
            createRepos(db, () => new Date()),
            { travel: tenMinuteLegs },
            plan,
          );
          expect(sorted(plan.violations)).toEqual(sorted(afresh));
        } finally {
          db.close();
        }
      }),
      { numRuns: 60, seed: 22 },
    );
  });
});
