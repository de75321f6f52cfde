import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { GeoPoint, LatLng, Officer, Plan, PlanId, TravelMatrix, TravelMode, Visit, VisitId } from '../../../shared/domain';
import { expect } from 'vitest';
import type { Handlers, PlanUpdate, PlanView } from '../../../shared/api/contract';
import { applyPlanChanges } from '../../../shared/logic/plan-changes';
import { dispatch } from '../../../shared/api/dispatch';
import type { TravelProvider } from '../../../electron/backend/travel/provider';
import { createVisitsRepo } from '../../../electron/backend/db/repos/visits-repo';
import { createOfficersRepo } from '../../../electron/backend/db/repos/officers-repo';
import { createPlansRepo } from '../../../electron/backend/db/repos/plans-repo';
import { makeOfficer, makeVisit } from '../db/builders';

export const DATE = '2026-03-02';
export const LEG_SEC = 600;
export const LEG_M = 1000;
export const HOUR = 3600;

/** Every leg between two different places takes 10 minutes and 1 km: easy to check by hand. */
export const tenMinuteLegs: TravelProvider = {
  name: 'ten-minute-legs',
  async matrix(points: LatLng[], modes: TravelMode[]): Promise<TravelMatrix> {
    return tenMinuteMatrix(points, modes);
  },
  matrixNow: tenMinuteMatrix,
};

function tenMinuteMatrix(points: LatLng[], modes: TravelMode[]): TravelMatrix {
  const n = points.length;
  const table = (value: number) => Int32Array.from({ length: n * n }, (_, k) => (Math.floor(k / n) === k % n ? 0 : value));
  return { size: n, distanceM: table(LEG_M), durationSec: Object.fromEntries(modes.map((m) => [m, table(LEG_SEC)])) };
}

const BASE: GeoPoint = { lat: 31.2, lng: 121.4, system: 'wgs84' };

/** An officer on 08:00-18:00 without a break, back at the start place at the end of the day. */
export function officer(id: string, overrides: Partial<Officer> = {}): Officer {
  return makeOfficer(id, { breaks: [], start: BASE, end: BASE, ...overrides });
}

/** A 30-minute visit that may start 09:00-12:00, needing only the collection skill. */
export function visit(id: string, overrides: Partial<Visit> = {}): Visit {
  return makeVisit(id, { date: DATE, windows: [{ startSec: 9 * HOUR, endSec: 12 * HOUR }], ...overrides });
}

/** Stores the roster and visits, and a current plan with every visit unassigned (the board's blank start). */
export function seedBlankDay(db: Db, officers: Officer[], visits: Visit[]): Plan {
  createOfficersRepo(db).upsertMany(officers);
  createVisitsRepo(db).upsertMany(visits);
  const plan: Plan = {
    id: 'P-blank' as PlanId,
    date: DATE,
    planner: 'test',
    rulesVersion: null,
    overrides: [],
    seed: 1,
    createdAt: '2026-03-01T18:00:00.000Z',
    routes: [],
    unassigned: visits.map((v) => ({ visitId: v.id, reasons: ['capacity'], message: { en: 'Not placed yet.', zh: '尚未安排。' } })),
    stats: {
      visitCount: visits.length,
      assignedCount: 0,
      unassignedCount: visits.length,
      officersUsed: 0,
      travelSec: 0,
      distanceM: 0,
      workingSec: 0,
      solveMs: 0,
    },
    violations: [],
    locks: { pinned: [], fixedOrder: [], done: [] },
    parentId: null,
  };
  createPlansRepo(db).save(plan);
  return plan;
}

/** Calls a method through the contract's dispatch (input parsed as in the app); throws the user's sentence on refusal. */
export async function call<T = never>(handlers: Handlers, name: string, input: unknown): Promise<T> {
  const envelope = await dispatch(handlers, name, input);
  if (!envelope.ok)
    throw Object.assign(new Error(`${envelope.error.code}: ${envelope.error.message.en}`), { zh: envelope.error.message.zh });
  return envelope.value as T;
}

/** The visit ids of each officer's route, in order. */
export function routeOrders(plan: Plan): Record<string, VisitId[]> {
  return Object.fromEntries(plan.routes.map((r) => [r.officerId, r.stops.map((s) => s.visitId)]));
}

/** Clock text of a day-seconds value, for readable expectations. */
export function hhmm(sec: number): string {
  return `${String(Math.floor(sec / HOUR)).padStart(2, '0')}:${String(Math.floor((sec % HOUR) / 60)).padStart(2, '0')}`;
}

/**
 * Makes a change that answers with a PlanUpdate and returns the day's plan view after it, checking
 * on the way that the answer (the changes and the visit statuses) rebuilds exactly what the back
 * end now holds, as the board relies on.
 */
export async function updateAndView(
  handlers: Handlers,
  method: 'plans.edit' | 'plans.solve' | 'plans.insertVisits',
  input: { date: string } & Record<string, unknown>,
): Promise<PlanView> {
  const statuses = async () =>
    new Map((await call<{ id: string; status: string }[]>(handlers, 'visits.list', { date: input.date })).map((v) => [v.id, v.status]));
  const before = await call<PlanView | null>(handlers, 'plans.current', { date: input.date });
  const statusesBefore = await statuses();
  const result = await call<PlanUpdate>(handlers, method, input);
  const after = await call<PlanView>(handlers, 'plans.current', { date: input.date });
  expect(applyPlanChanges(before?.plan ?? null, result.changes)).toEqual(after.plan);
  expect({ canUndo: result.canUndo, canRedo: result.canRedo }).toEqual({ canUndo: after.canUndo, canRedo: after.canRedo });
  const moved = [...(await statuses())].filter(([id, status]) => statusesBefore.get(id) !== status);
  expect(result.visitStatuses.map((c) => [c.visitId, c.status]).sort()).toEqual(moved.sort());
  return after;
}

/** An edit through updateAndView. */
export function editAndView(handlers: Handlers, input: { date: string; basePlanId: string; edit: unknown }): Promise<PlanView> {
  return updateAndView(handlers, 'plans.edit', input);
}
