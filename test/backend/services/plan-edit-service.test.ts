import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Handlers, PlanView } from '../../../shared/api/contract';
import type { PlanId, VisitId } from '../../../shared/domain';
import { openDatabase } from '../../../electron/backend/db/open';
import { createHandlers } from '../../../electron/backend/handlers';
import { createEventHub } from '../../../electron/backend/events';
import { createVisitsRepo } from '../../../electron/backend/db/repos/visits-repo';
import { createAuditRepo } from '../../../electron/backend/db/repos/audit-repo';
import { createPlansRepo } from '../../../electron/backend/db/repos/plans-repo';
import { DATE, HOUR, LEG_M, LEG_SEC, call, editAndView, hhmm, officer, routeOrders, seedBlankDay, tenMinuteLegs, visit } from './plan-kit';

describe('editing the current plan', () => {
  let db: Db;
  let handlers: Handlers;
  let current: PlanView;
  const edit = async (edit: unknown, basePlanId: PlanId = current.plan.id) => {
    current = await editAndView(handlers, { date: DATE, basePlanId, edit });
    return current;
  };
  const move = (visitId: string, toOfficerId: string, position: number) => edit({ type: 'move', visitId, toOfficerId, position });

  beforeEach(async () => {
    db = openDatabase(':memory:');
    handlers = createHandlers(db, {
      events: createEventHub(),
      travel: tenMinuteLegs,
      clock: () => new Date('2026-03-01T20:00:00Z'),
      logError: () => undefined,
    });
    seedBlankDay(
      db,
      [officer('O-1'), officer('O-2', { name: 'Officer Two' })],
      [
        visit('V-1'),
        visit('V-2'),
        visit('V-3'),
        // Only 09:00-09:20: reachable first thing, not after other visits.
        visit('V-4', { windows: [{ startSec: 9 * HOUR, endSec: 9 * HOUR + 20 * 60 }] }),
      ],
    );
    current = await call<PlanView>(handlers, 'plans.current', { date: DATE });
    await move('V-1', 'O-1', 0);
    await move('V-2', 'O-1', 1);
    await move('V-3', 'O-2', 0);
  });
  afterEach(() => db.close());

  it('re-times both routes of a move between officers (checked by hand)', async () => {
    const before = current.plan.routes.find((r) => r.officerId === 'O-1')!;
    // O-1 leaves 08:50 (10 min legs), V-1 09:00-09:30, V-2 09:40-10:10, home 10:20.
    expect(before.stops.map((s) => `${hhmm(s.startSec)}-${hhmm(s.endSec)}`)).toEqual(['09:00-09:30', '09:40-10:10']);
    expect([hhmm(before.departSec), hhmm(before.finishSec), before.travelSec]).toEqual(['08:50', '10:20', 3 * LEG_SEC]);

    const { plan } = await move('V-2', 'O-2', 0);
    expect(routeOrders(plan)).toEqual({ 'O-1': ['V-1'], 'O-2': ['V-2', 'V-3'] });
    const [one, two] = ['O-1', 'O-2'].map((id) => plan.routes.find((r) => r.officerId === id)!);
    // O-1 now only V-1: 08:50 out, 09:00-09:30, home 09:40; two legs.
    expect([hhmm(one.departSec), hhmm(one.finishSec), one.travelSec, one.distanceM, one.workingSec]).toEqual([
      '08:50',
      '09:40',
      2 * LEG_SEC,
      2 * LEG_M,
      50 * 60,
    ]);
    // O-2: V-2 09:00-09:30, V-3 09:40-10:10, home 10:20; three legs.
    expect(two.stops.map((s) => `${hhmm(s.arrivalSec)} ${hhmm(s.startSec)}-${hhmm(s.endSec)}`)).toEqual([
      '09:00 09:00-09:30',
      '09:40 09:40-10:10',
    ]);
    expect([hhmm(two.departSec), hhmm(two.finishSec), two.travelSec, two.workingSec]).toEqual(['08:50', '10:20', 3 * LEG_SEC, 90 * 60]);
    expect(plan.stats).toMatchObject({
      assignedCount: 3,
      unassignedCount: 1,
      visitCount: 4,
      officersUsed: 2,
      travelSec: 5 * LEG_SEC,
      distanceM: 5 * LEG_M,
    });
    expect(plan.violations).toEqual([]);
    expect(createPlansRepo(db).get(plan.id)).toStrictEqual(plan);
  });

  it('flags, names and saves a window broken by a move, and clears the flag when moved back', async () => {
    const { plan } = await move('V-4', 'O-2', 1);
    expect(plan.violations).toHaveLength(1);
    expect(plan.violations[0]).toMatchObject({ officerId: 'O-2', visitId: 'V-4', rule: 'window' });
    expect(plan.violations[0].message.en).toBe(
      "Visit V-4 in officer Officer Two (O-2)'s route starts at 09:40, outside its agreed windows 09:00-09:20.",
    );
    expect(plan.violations[0].message.zh).toContain('走访 V-4');
    expect(createPlansRepo(db).current(DATE)?.violations).toEqual(plan.violations);

    const fixed = await move('V-4', 'O-2', 0);
    expect(fixed.plan.violations).toEqual([]);
    expect(routeOrders(fixed.plan)['O-2']).toEqual(['V-4', 'V-3']);
  });

  it('keeps the flags of routes an edit does not touch', async () => {
    await move('V-4', 'O-2', 1);
    const { plan } = await edit({ type: 'unassign', visitId: 'V-2' });
    expect(plan.violations.map((v) => `${v.officerId} ${v.visitId} ${v.rule}`)).toEqual(['O-2 V-4 window']);
  });

  it('refuses an edit made on a stale board, saying so in both languages', async () => {
    const stale = current.plan.id;
    const { plan: newer } = await move('V-2', 'O-2', 0);
    const error = await call(handlers, 'plans.edit', { date: DATE, basePlanId: stale, edit: { type: 'unassign', visitId: 'V-1' } }).catch(
      (e: Error & { zh: string }) => e,
    );
    expect((error as Error).message).toMatch(
      /^conflict: The plan for 2026-03-02 was changed elsewhere \(another window or the command line\) since this board showed it/,
    );
    expect((error as { zh: string }).zh).toMatch(/已在别处（其他窗口或命令行）被修改/);
    expect(createPlansRepo(db).currentId(DATE)).toBe(newer.id);
    expect(routeOrders(createPlansRepo(db).current(DATE)!)['O-1']).toEqual(['V-1']);
  });

  it('refuses unknown visits and officers, positions outside the route, and unassigning a visit in no route', async () => {
    const refusal = (e: unknown) =>
      call(handlers, 'plans.edit', { date: DATE, basePlanId: current.plan.id, edit: e }).catch((error: Error) => error.message);
    expect(await refusal({ type: 'move', visitId: 'V-404', toOfficerId: 'O-1', position: 0 })).toMatch(
      /^not_found: Visit V-404 is not one of the visits of 2026-03-02/,
    );
    expect(await refusal({ type: 'move', visitId: 'V-1', toOfficerId: 'O-9', position: 0 })).toMatch(
      /^not_found: Officer O-9 is not on the roster/,
    );
    expect(await refusal({ type: 'move', visitId: 'V-4', toOfficerId: 'O-1', position: 3 })).toMatch(/positions 0 to 2/);
    // Within its own route V-1 can only go to 0 or 1.
    expect(await refusal({ type: 'move', visitId: 'V-1', toOfficerId: 'O-1', position: 2 })).toMatch(/positions 0 to 1/);
    expect(await refusal({ type: 'unassign', visitId: 'V-4' })).toMatch(/^bad_input: Visit V-4 is not in any officer's route/);
    expect(await refusal({ type: 'pin', visitId: 'V-4', pinned: true })).toMatch(/not in any officer's route/);
  });

  it('reorders within a route: position is where the visit ends up', async () => {
    const { plan } = await move('V-1', 'O-1', 1);
    expect(routeOrders(plan)['O-1']).toEqual(['V-2', 'V-1']);
    expect(plan.routes.find((r) => r.officerId === 'O-1')!.stops.map((s) => hhmm(s.startSec))).toEqual(['09:00', '09:40']);
  });

  it('unassigns with a sentence saying the dispatcher removed it, and moves the visit status along', async () => {
    expect(createVisitsRepo(db).get('V-2' as VisitId)?.status).toBe('planned');
    const { plan } = await edit({ type: 'unassign', visitId: 'V-2' });
    const entry = plan.unassigned.find((u) => u.visitId === 'V-2')!;
    expect(entry.message.en).toMatch(/^The dispatcher took this visit out of officer Officer O-1 \(O-1\)'s route/);
    expect(entry.message.zh).toMatch(/调度员/);
    expect(createVisitsRepo(db).get('V-2' as VisitId)?.status).toBe('approved');
    expect(routeOrders(plan)['O-1']).toEqual(['V-1']);
  });

  it("removes an emptied route and adds a new officer's route last", async () => {
    const { plan } = await move('V-3', 'O-1', 2);
    expect(plan.routes.map((r) => r.officerId)).toEqual(['O-1']);
    const back = await move('V-3', 'O-2', 0);
    expect(back.plan.routes.map((r) => r.officerId)).toEqual(['O-1', 'O-2']);
    expect(createPlansRepo(db).get(back.plan.id)).toStrictEqual(back.plan);
  });

  it('pins a visit to its officer, keeps the pin with it when moved, and drops it when unassigned', async () => {
    let { plan } = await edit({ type: 'pin', visitId: 'V-2', pinned: true });
    expect(plan.locks.pinned).toEqual([{ visitId: 'V-2', officerId: 'O-1' }]);
    ({ plan } = await move('V-2', 'O-2', 0));
    expect(plan.locks.pinned).toEqual([{ visitId: 'V-2', officerId: 'O-2' }]);
    ({ plan } = await edit({ type: 'unassign', visitId: 'V-2' }));
    expect(plan.locks.pinned).toEqual([]);
  });

  it('refuses to change a locked route until it is unlocked', async () => {
    const locked = await edit({ type: 'lockOrder', officerId: 'O-1', locked: true });
    expect(locked.plan.locks.fixedOrder).toEqual(['O-1']);
    await expect(move('V-1', 'O-1', 1)).rejects.toThrow(/^conflict: Officer Officer O-1 \(O-1\)'s route is locked: unlock the route/);
    await expect(move('V-3', 'O-1', 0)).rejects.toThrow(/locked/);
    await expect(edit({ type: 'unassign', visitId: 'V-2' })).rejects.toThrow(/locked/);
    const pinned = await edit({ type: 'pin', visitId: 'V-1', pinned: true });
    expect(pinned.plan.locks.pinned).toHaveLength(1);
    await edit({ type: 'lockOrder', officerId: 'O-1', locked: false });
    expect(routeOrders((await move('V-1', 'O-1', 1)).plan)['O-1']).toEqual(['V-2', 'V-1']);
  });

  it('saves nothing for an edit that changes nothing', async () => {
    const before = current.plan.id;
    const same = await move('V-1', 'O-1', 0);
    expect(same.plan.id).toBe(before);
  });

  it('flags a customer visited twice once both visits are in routes', async () => {
    db.prepare("UPDATE visits SET customer_id = 'C-same' WHERE id IN ('V-3', 'V-4')").run();
    const { plan } = await move('V-4', 'O-1', 0);
    const flag = plan.violations.find((v) => v.rule === 'too_frequent');
    expect(flag?.message.en).toMatch(/Customer C-same is visited 2 times on the day \(V-\d and V-\d\)/);
    expect(['V-3', 'V-4']).toContain(flag?.visitId);
    const cleared = await edit({ type: 'unassign', visitId: 'V-3' });
    expect(cleared.plan.violations.filter((v) => v.rule === 'too_frequent')).toEqual([]);
  });

  it('writes every edit to the audit log with the plan it was made from', async () => {
    const parent = current.plan.id;
    const { plan } = await move('V-2', 'O-2', 0);
    const [entry] = createAuditRepo(db).list({ entity: 'plan', entityId: plan.id });
    expect(entry).toMatchObject({ action: 'plan.edit', actor: 'dispatcher' });
    expect(entry.detail).toMatchObject({ parentId: parent, edit: { type: 'move', visitId: 'V-2', toOfficerId: 'O-2', position: 0 } });
  });
});
