import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { EventPayload, Handlers, PlanUpdate, PlanView } from '../../shared/api/contract';
import type { VisitId } from '../../shared/domain';
import { openDatabase } from '../../electron/backend/db/open';
import { createHandlers, type HandlerDeps } from '../../electron/backend/handlers';
import { createEventHub } from '../../electron/backend/events';
import { createVisitsRepo } from '../../electron/backend/db/repos/visits-repo';
import { createAuditRepo } from '../../electron/backend/db/repos/audit-repo';
import { createPlansRepo } from '../../electron/backend/db/repos/plans-repo';
import { dispatch } from '../../shared/api/dispatch';
import type { RunPlanner } from '../../electron/backend/services/planner-runner';
import { dispatchPlanner } from '../../shared/solver';
import type { Planner } from '../../shared/domain';
import { DATE, call, editAndView, officer, routeOrders, seedBlankDay, tenMinuteLegs, updateAndView, visit } from './services/plan-kit';

describe('re-optimising, inserting visits and stopping a running plan', () => {
  let db: Db;
  let handlers: Handlers;
  let progress: EventPayload<'plans.progress'>[];
  let logged: string[];

  const open = (extra: Partial<HandlerDeps> = {}) => {
    const events = createEventHub();
    events.subscribe((name, payload) => {
      if (name === 'plans.progress') progress.push(payload as EventPayload<'plans.progress'>);
    });
    handlers = createHandlers(db, { events, travel: tenMinuteLegs, logError: (message) => logged.push(message), ...extra });
  };
  const current = () => call<PlanView>(handlers, 'plans.current', { date: DATE });
  const edit = async (edit: unknown) => editAndView(handlers, { date: DATE, basePlanId: (await current()).plan.id, edit });
  const move = (visitId: string, toOfficerId: string, position: number) => edit({ type: 'move', visitId, toOfficerId, position });

  beforeEach(() => {
    db = openDatabase(':memory:');
    progress = [];
    logged = [];
    seedBlankDay(db, [officer('O-1'), officer('O-2')], [visit('V-1'), visit('V-2'), visit('V-3')]);
    open();
  });
  afterEach(() => db.close());

  it('re-optimises into a new, checked version of the current plan that undo can take back', async () => {
    await move('V-1', 'O-1', 0);
    const before = await move('V-2', 'O-2', 0);
    const after = await call<PlanView>(handlers, 'plans.reoptimise', {
      date: DATE,
      seconds: 0.2,
      seed: 3,
      objective: { kind: 'least-travel' },
    });
    expect(after.plan.parentId).toBe(before.plan.id);
    expect(after).toMatchObject({ canUndo: true, canRedo: false });
    expect(after.plan.violations).toEqual([]);
    expect(after.plan.stats.assignedCount + after.plan.stats.unassignedCount).toBe(3);
    expect(createAuditRepo(db).list({ entity: 'plan', entityId: after.plan.id })[0].action).toBe('plan.reoptimise');
    const last = progress[progress.length - 1];
    expect(last).toMatchObject({ date: DATE, phase: 'improve', fraction: 1 });
    expect(typeof last.elapsedMs).toBe('number');
    expect(typeof last.remainingMs).toBe('number');
    expect(typeof last.bestCost).toBe('number');
    expect((await call<PlanView>(handlers, 'plans.undo', { date: DATE })).plan.id).toBe(before.plan.id);
  });

  it('refuses to re-optimise while a locked route breaks a rule, saying which', async () => {
    // V-1 may only start 09:00-09:10; after V-2 and V-3 the officer arrives too late.
    db.prepare("UPDATE visits SET windows_json = ? WHERE id = 'V-1'").run(JSON.stringify([{ startSec: 9 * 3600, endSec: 9 * 3600 + 600 }]));
    open();
    await move('V-2', 'O-2', 0);
    await move('V-3', 'O-2', 1);
    const broken = await move('V-1', 'O-2', 2);
    expect(broken.plan.violations.some((v) => v.officerId === 'O-2' && v.visitId === 'V-1')).toBe(true);
    await edit({ type: 'lockOrder', officerId: 'O-2', locked: true });
    await expect(call(handlers, 'plans.reoptimise', { date: DATE, seconds: 0.2, seed: 1 })).rejects.toThrow(
      /^bad_input: Officer Officer O-2 \(O-2\)'s route is locked but breaks a rule: .* Unlock the route/,
    );
  });

  it('keeps a locked route exactly as it is when re-optimising', async () => {
    await move('V-1', 'O-1', 0);
    await move('V-2', 'O-2', 0);
    await move('V-3', 'O-2', 0);
    await edit({ type: 'lockOrder', officerId: 'O-2', locked: true });
    // Every leg costs the same, so one route with all three visits is cheapest: only the lock stops it.
    const after = await call<PlanView>(handlers, 'plans.reoptimise', { date: DATE, seconds: 0.2, seed: 1 });
    expect(routeOrders(after.plan)['O-2']).toEqual(['V-3', 'V-2']);
    expect(after.plan.locks.fixedOrder).toEqual(['O-2']);
  });

  it('refuses to save a re-optimised plan that breaks a lock', async () => {
    await move('V-1', 'O-1', 0);
    await move('V-2', 'O-2', 0);
    await edit({ type: 'pin', visitId: 'V-1', pinned: true });
    const before = (await current()).plan.id;
    open({
      planner: {
        name: 'lock-breaker',
        // A valid plan that moves the pinned visit to the other officer.
        plan: (request) => ({
          routes: [],
          unassigned: request.visits.map((v) => ({ visitId: v.id, reasons: ['capacity'], message: { en: 'x', zh: 'x' } })),
        }),
      },
    });
    const envelope = call(handlers, 'plans.reoptimise', { date: DATE, seconds: 0 });
    await expect(envelope).rejects.toThrow(
      /^conflict: Visit V-1 is pinned to officer Officer O-1 \(O-1\) but would have to move\. The plan was not saved: unlock what stands in the way/,
    );
    expect((await current()).plan.id).toBe(before);
    expect(logged).toEqual([]);
  });

  it('keeps visits the field has already made first in their route when re-optimising', async () => {
    await move('V-1', 'O-1', 0);
    await move('V-2', 'O-1', 1);
    createVisitsRepo(db).setStatus(['V-2' as VisitId], 'done');
    const after = await call<PlanView>(handlers, 'plans.reoptimise', { date: DATE, seconds: 0.2, seed: 1 });
    expect(after.plan.locks.done).toEqual(['V-2']);
    expect(routeOrders(after.plan)['O-1'][0]).toBe('V-2');
    expect(createVisitsRepo(db).get('V-2' as VisitId)?.status).toBe('done');
  });

  // Written against the contract: the routes already planned keep their visits in order.
  it('inserts an urgent visit leaving the existing routes as they are', async () => {
    await move('V-1', 'O-1', 0);
    await move('V-2', 'O-2', 0);
    const after = await updateAndView(handlers, 'plans.insertVisits', { date: DATE, visitIds: ['V-3'] });
    const orders = routeOrders(after.plan);
    expect(Object.values(orders).flat().sort()).toEqual(['V-1', 'V-2', 'V-3']);
    expect(orders['O-1'].filter((id) => id !== 'V-3')).toEqual(['V-1']);
    expect(orders['O-2'].filter((id) => id !== 'V-3')).toEqual(['V-2']);
    expect(createVisitsRepo(db).get('V-3' as VisitId)?.status).toBe('planned');
  });

  it('refuses to insert visits that are unknown, already routed or not approved', async () => {
    await move('V-1', 'O-1', 0);
    createVisitsRepo(db).setStatus(['V-3' as VisitId], 'cancelled');
    const insert = (ids: string[]) => call(handlers, 'plans.insertVisits', { date: DATE, visitIds: ids });
    await expect(insert(['V-9'])).rejects.toThrow(/^not_found: Visit V-9 is not one of the visits of 2026-03-02/);
    await expect(insert(['V-1'])).rejects.toThrow(/^bad_input: Visit V-1 is already in an officer's route/);
    await expect(insert(['V-3'])).rejects.toThrow(/^bad_input: Visit V-3 is "Cancelled", not approved/);
    // The status as the visits table names it, in both languages.
    const refused = await dispatch(handlers, 'plans.insertVisits', { date: DATE, visitIds: ['V-3'] });
    expect(refused.ok ? null : refused.error.message.zh).toContain('“已取消”');
  });

  describe('with a planner that runs until it is stopped', () => {
    let started: Promise<void>;
    let runs: number;
    /** Whether the stop reaches the planner while it improves (true) or before it places anything. */
    let stopWhileImproving: boolean;

    beforeEach(() => {
      runs = 0;
      stopWhileImproving = true;
      let markStarted: () => void = () => undefined;
      started = new Promise((resolve) => {
        markStarted = resolve;
      });
      // Stands in for a worker thread: the planner runs once the dispatcher has pressed stop, and
      // sees the stop either as soon as it starts improving or at once.
      const runPlanner: RunPlanner = (planner, request, options) =>
        new Promise((resolve) => {
          runs++;
          markStarted();
          options.signal.addEventListener('abort', () => {
            let improving = false;
            resolve(
              planner.plan(request, {
                ...options,
                onProgress: (p) => {
                  improving ||= p.phase === 'improve';
                  options.onProgress?.(p);
                },
                isCancelled: () => !stopWhileImproving || improving,
              }),
            );
          });
        });
      open({ runPlanner });
    });

    it('stops a running solve, which saves its best plan so far', async () => {
      expect(await call(handlers, 'plans.cancel', { date: DATE })).toEqual({ cancelled: false });
      const solving = call<PlanUpdate>(handlers, 'plans.solve', { date: DATE, seconds: 60, seed: 1 });
      await started;
      expect(await call(handlers, 'plans.cancel', { date: DATE })).toEqual({ cancelled: true });
      const { changes } = await solving;
      expect(runs).toBe(1);
      expect(changes.stats.assignedCount).toBe(3);
      expect(createPlansRepo(db).currentId(DATE)).toBe(changes.planId);
      expect(progress.some((p) => p.phase === 'improve')).toBe(true);
      expect(await call(handlers, 'plans.cancel', { date: DATE })).toEqual({ cancelled: false });
    });

    it('holds back a stopped solve that places fewer visits than the current plan, one Redo away', async () => {
      await move('V-1', 'O-1', 0);
      await move('V-2', 'O-1', 1);
      const kept = await move('V-3', 'O-2', 0);
      // A search stopped early that has placed one visit per officer (a valid plan, just a worse one).
      const partial: Planner = {
        name: 'stopped-early',
        plan: (request, options) =>
          dispatchPlanner.plan(
            { ...request, officers: request.officers.map((o) => ({ ...o, maxVisits: 1 })) },
            { ...options, isCancelled: () => false, deadline: { now: () => 0, atMs: 0 } },
          ),
      };
      const runPlanner: RunPlanner = (planner, request, options) =>
        new Promise((resolve) => options.signal.addEventListener('abort', () => resolve(planner.plan(request, options))));
      open({ runPlanner, planner: partial });
      const solving = call<PlanUpdate & { heldBack?: { assignedCount: number } }>(handlers, 'plans.solve', { date: DATE, seconds: 60 });
      await new Promise((resolve) => setTimeout(resolve, 20));
      await call(handlers, 'plans.cancel', { date: DATE });
      const answer = await solving;
      expect(answer.heldBack?.assignedCount).toBe(2);
      expect(answer.changes.routes).toEqual([]);
      expect(answer).toMatchObject({ canUndo: true, canRedo: true, visitStatuses: [] });
      expect((await current()).plan.id).toBe(kept.plan.id);
      expect(createVisitsRepo(db).get('V-2' as VisitId)?.status).toBe('planned');
      // Redo takes the stopped plan after all; Undo goes back to the one kept.
      const taken = await call<PlanView>(handlers, 'plans.redo', { date: DATE });
      expect(taken.plan.stats.assignedCount).toBe(2);
      expect(
        createVisitsRepo(db)
          .getMany(['V-1', 'V-2', 'V-3'] as VisitId[])
          .filter((v) => v.status === 'approved'),
      ).toHaveLength(1);
      expect((await call<PlanView>(handlers, 'plans.undo', { date: DATE })).plan.id).toBe(kept.plan.id);
    });

    it('keeps the current plan when stopped before any visit was placed', async () => {
      stopWhileImproving = false;
      const before = (await current()).plan.id;
      const solving = call<PlanUpdate>(handlers, 'plans.solve', { date: DATE, seconds: 60, seed: 1 });
      await started;
      await call(handlers, 'plans.cancel', { date: DATE });
      await expect(solving).rejects.toThrow(/^cancelled: Planning 2026-03-02 was stopped before any visit was placed/);
      expect(createPlansRepo(db).currentId(DATE)).toBe(before);
    });

    it('refuses edits, undo and a second solve of the day while it runs', async () => {
      await move('V-1', 'O-1', 0);
      const base = (await current()).plan.id;
      const reoptimising = call<PlanView>(handlers, 'plans.reoptimise', { date: DATE, seconds: 60 });
      await started;
      const unassign = { date: DATE, basePlanId: base, edit: { type: 'unassign', visitId: 'V-1' } };
      await expect(call(handlers, 'plans.edit', unassign)).rejects.toThrow(/^conflict: The plan for 2026-03-02 is being made right now/);
      await expect(call(handlers, 'plans.undo', { date: DATE })).rejects.toThrow(/being made right now/);
      await expect(call(handlers, 'plans.solve', { date: DATE, seconds: 1 })).rejects.toThrow(/being made right now/);
      await call(handlers, 'plans.cancel', { date: DATE });
      const view = await reoptimising;
      expect(view.plan.parentId).toBe(base);
      expect(await call<PlanUpdate>(handlers, 'plans.edit', { ...unassign, basePlanId: view.plan.id })).toMatchObject({
        canUndo: true,
      });
    });
  });
});
