import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Handlers, PlanView } from '../../../shared/api/contract';
import type { VisitId } from '../../../shared/domain';
import { openDatabase } from '../../../electron/backend/db/open';
import { createHandlers } from '../../../electron/backend/handlers';
import { createEventHub } from '../../../electron/backend/events';
import { createVisitsRepo } from '../../../electron/backend/db/repos/visits-repo';
import { createAuditRepo } from '../../../electron/backend/db/repos/audit-repo';
import { createPlansRepo } from '../../../electron/backend/db/repos/plans-repo';
import { DATE, call, editAndView, officer, routeOrders, seedBlankDay, tenMinuteLegs, updateAndView, visit } from './plan-kit';

describe('undo and redo of plan versions', () => {
  let db: Db;
  let handlers: Handlers;
  const emitted: string[] = [];
  const view = (name: string) => call<PlanView>(handlers, name, { date: DATE });
  const move = async (visitId: string, toOfficerId: string, position: number) => {
    const base = (await view('plans.current')).plan.id;
    return editAndView(handlers, { date: DATE, basePlanId: base, edit: { type: 'move', visitId, toOfficerId, position } });
  };
  const orders = (v: PlanView) => routeOrders(v.plan);
  const statusOf = (id: string) => createVisitsRepo(db).get(id as VisitId)?.status;

  beforeEach(() => {
    db = openDatabase(':memory:');
    const events = createEventHub();
    events.subscribe((name) => emitted.push(name));
    handlers = createHandlers(db, { events, travel: tenMinuteLegs, logError: () => undefined });
    seedBlankDay(db, [officer('O-1'), officer('O-2')], [visit('V-1'), visit('V-2')]);
    emitted.length = 0;
  });
  afterEach(() => db.close());

  it('walks back and forth through the versions, with statuses following the current plan', async () => {
    const blank = await view('plans.current');
    expect(blank).toMatchObject({ canUndo: false, canRedo: false });
    const a = await move('V-1', 'O-1', 0);
    const b = await move('V-2', 'O-2', 0);
    expect(b).toMatchObject({ canUndo: true, canRedo: false });
    expect(b.plan.parentId).toBe(a.plan.id);
    expect(statusOf('V-2')).toBe('planned');

    const undone = await view('plans.undo');
    expect(undone.plan.id).toBe(a.plan.id);
    expect(undone).toMatchObject({ canUndo: true, canRedo: true });
    expect(statusOf('V-2')).toBe('approved');
    expect((await view('plans.undo')).plan.id).toBe(blank.plan.id);
    expect(await view('plans.current')).toMatchObject({ canUndo: false, canRedo: true });
    expect(statusOf('V-1')).toBe('approved');
    await expect(view('plans.undo')).rejects.toThrow(/^bad_input: There is nothing to undo in the plan for 2026-03-02/);

    expect((await view('plans.redo')).plan.id).toBe(a.plan.id);
    const redone = await view('plans.redo');
    expect(redone).toMatchObject({ canUndo: true, canRedo: false });
    expect(orders(redone)).toEqual({ 'O-1': ['V-1'], 'O-2': ['V-2'] });
    expect(statusOf('V-2')).toBe('planned');
    await expect(view('plans.redo')).rejects.toThrow(/nothing to redo/);
    expect(emitted.filter((n) => n === 'plans.saved')).toHaveLength(6);
  });

  it('drops the redo branch when a new edit follows an undo, keeping its rows for the audit trail', async () => {
    await move('V-1', 'O-1', 0);
    const b = await move('V-2', 'O-2', 0);
    await view('plans.undo');
    const c = await move('V-2', 'O-1', 1);
    expect(c).toMatchObject({ canRedo: false });
    await expect(view('plans.redo')).rejects.toThrow(/nothing to redo/);
    expect(createPlansRepo(db).get(b.plan.id)?.id).toBe(b.plan.id);
    const actions = createAuditRepo(db)
      .list({ entity: 'plan' })
      .map((e) => e.action)
      .reverse();
    expect(actions).toEqual(['plan.edit', 'plan.edit', 'plan.undo', 'plan.edit']);
  });

  it('keeps the plan a re-plan replaced one undo away, and forgets what was undone before it', async () => {
    const before = await view('plans.current');
    await move('V-1', 'O-1', 0);
    await view('plans.undo');
    const solved = await updateAndView(handlers, 'plans.solve', { date: DATE, seconds: 0, seed: 1 });
    expect(solved.plan.parentId).toBe(before.plan.id);
    expect(await view('plans.current')).toMatchObject({ canUndo: true, canRedo: false });
    expect((await view('plans.undo')).plan.id).toBe(before.plan.id);
  });

  it('has no plan view for a day without a plan, and refuses undo there', async () => {
    expect(await call(handlers, 'plans.current', { date: '2026-03-03' })).toBeNull();
    await expect(call(handlers, 'plans.undo', { date: '2026-03-03' })).rejects.toThrow(/^not_found: There is no plan for 2026-03-03 yet/);
  });
});
