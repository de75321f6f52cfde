import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { DayProblem, Handlers, PlanSwitch, PlanView } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import { DEFAULT_RULE_SET, type PlanId, type RuleSetVersion, type VisitId } from '../../../shared/domain';
import { openDatabase } from '../../../electron/backend/db/open';
import { createHandlers } from '../../../electron/backend/handlers';
import { createEventHub } from '../../../electron/backend/events';
import { createAuditRepo } from '../../../electron/backend/db/repos/audit-repo';
import { createVisitsRepo } from '../../../electron/backend/db/repos/visits-repo';
import { DATE, HOUR, call, editAndView, hhmm, officer, routeOrders, seedBlankDay, tenMinuteLegs, visit } from './plan-kit';
import { TEST_SUPERVISOR } from '../../support/test-workspace';

/**
 * A selection edited at once (issue 19: select by area): moved to one officer or pinned as one
 * plan version, which one Undo takes back whole, under the same visiting-rules gate as one move.
 */
describe('editing a selection of visits as one change', () => {
  let db: Db;
  let handlers: Handlers;
  let current: PlanView;
  const edit = async (change: unknown, override?: { reason: string }) => {
    current = await editAndView(handlers, { date: DATE, basePlanId: current.plan.id, edit: change, ...(override && { override }) });
    return current;
  };
  const move = (visitId: string, toOfficerId: string, position: number) => edit({ type: 'move', visitId, toOfficerId, position });
  const moveMany = (visitIds: string[], toOfficerId: string, override?: { reason: string }) =>
    edit({ type: 'moveMany', visitIds, toOfficerId }, override);
  const statusOf = (id: string) => createVisitsRepo(db).get(id as VisitId)?.status;

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
        // Only 09:00-09:20: it can only be an officer's first visit.
        visit('V-4', { windows: [{ startSec: 9 * HOUR, endSec: 9 * HOUR + 20 * 60 }] }),
        // Only from 11:00: after the morning's visits.
        visit('V-5', { windows: [{ startSec: 11 * HOUR, endSec: 12 * HOUR }] }),
      ],
    );
    current = await call<PlanView>(handlers, 'plans.current', { date: DATE });
    await move('V-1', 'O-1', 0);
    await move('V-2', 'O-1', 1);
    await move('V-3', 'O-2', 0);
  });
  afterEach(() => db.close());

  it('moves visits from a route and the unassigned list to one officer as one plan version, each where it fits', async () => {
    const before = current;
    const { plan } = await moveMany(['V-5', 'V-2', 'V-4', 'V-3'], 'O-2');
    expect(plan.parentId).toBe(before.plan.id);
    // V-3 was already O-2's and stays. Every place costs one more 10-minute leg, so each visit,
    // earliest window first (V-2, V-4, V-5), takes the first place where all windows still hold:
    // V-2 before V-3, V-4 (only 09:00-09:20) before both, V-5 (from 11:00) after V-2.
    expect(routeOrders(plan)).toEqual({ 'O-1': ['V-1'], 'O-2': ['V-4', 'V-2', 'V-5', 'V-3'] });
    // Re-timed: 10-minute legs and 30-minute visits from 09:00, V-5 waiting for 11:00.
    const route = plan.routes.find((r) => r.officerId === 'O-2')!;
    expect(route.stops.map((s) => `${s.visitId} ${hhmm(s.startSec)}`)).toEqual(['V-4 09:00', 'V-2 09:40', 'V-5 11:00', 'V-3 11:40']);
    expect(plan.violations).toEqual([]);
    expect(plan.unassigned).toEqual([]);
    expect(['V-2', 'V-4', 'V-5'].map(statusOf)).toEqual(['planned', 'planned', 'planned']);
    const entries = createAuditRepo(db).list({ entity: 'plan', entityId: plan.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'plan.edit', detail: { edit: { type: 'moveMany', toOfficerId: 'O-2' } } });
  });

  it('takes the whole batch back with one Undo, statuses too, and Redo makes it again', async () => {
    const before = current.plan;
    const moved = await moveMany(['V-1', 'V-4', 'V-5'], 'O-2');
    const undone = await call<PlanSwitch>(handlers, 'plans.undo', { date: DATE });
    expect(undone.plan.id).toBe(before.id);
    expect(routeOrders(undone.plan)).toEqual({ 'O-1': ['V-1', 'V-2'], 'O-2': ['V-3'] });
    expect(undone.plan.unassigned.map((u) => u.visitId).sort()).toEqual(['V-4', 'V-5']);
    expect(['V-1', 'V-4', 'V-5'].map(statusOf)).toEqual(['planned', 'approved', 'approved']);
    const redone = await call<PlanSwitch>(handlers, 'plans.redo', { date: DATE });
    expect(redone.plan.id).toBe(moved.plan.id);
  });

  it('saves nothing when every visit is already in that officer’s route', async () => {
    const before = current.plan.id;
    expect((await moveMany(['V-1', 'V-2'], 'O-1')).plan.id).toBe(before);
  });

  it('refuses the batch when one visit cannot move, changing nothing', async () => {
    const before = current.plan.id;
    await expect(moveMany(['V-4', 'V-404'], 'O-2')).rejects.toThrow(/^not_found: Visit V-404 is not one of the visits of 2026-03-02/);
    await edit({ type: 'lockOrder', officerId: 'O-1', locked: true });
    const locked = current.plan.id;
    // Taking V-2 out of O-1's locked route is refused like a single move.
    await expect(moveMany(['V-4', 'V-2'], 'O-2')).rejects.toThrow(/^conflict: Officer Officer O-1 \(O-1\)'s route is locked/);
    expect(current.plan.id).toBe(locked);
    expect(locked).not.toBe(before);
  });

  it('pins and releases a selection as one plan version each, one Undo away', async () => {
    const start = current.plan.id;
    const { plan } = await edit({ type: 'pinMany', visitIds: ['V-1', 'V-3'], pinned: true });
    expect(plan.parentId).toBe(start);
    expect(plan.locks.pinned).toEqual([
      { visitId: 'V-1', officerId: 'O-1' },
      { visitId: 'V-3', officerId: 'O-2' },
    ]);
    const released = await edit({ type: 'pinMany', visitIds: ['V-1', 'V-3'], pinned: false });
    expect(released.plan.locks.pinned).toEqual([]);
    current = await call<PlanSwitch>(handlers, 'plans.undo', { date: DATE });
    expect(current.plan.id).toBe(plan.id);
    expect(current.plan.locks.pinned).toHaveLength(2);
    await expect(edit({ type: 'pinMany', visitIds: ['V-1', 'V-4'], pinned: true })).rejects.toThrow(
      /Visit V-4 is not in any officer's route/,
    );
  });
});

describe('a batch move under the visiting rules', () => {
  let db: Db;
  let handlers: Handlers;
  let base: PlanId;
  const moveMany = (visitIds: string[], toOfficerId: string, override?: { reason: string }) =>
    dispatch(handlers, 'plans.edit', {
      date: DATE,
      basePlanId: base,
      edit: { type: 'moveMany', visitIds, toOfficerId },
      ...(override && { override }),
    });

  beforeEach(async () => {
    db = openDatabase(':memory:');
    handlers = createHandlers(db, {
      events: createEventHub(),
      travel: tenMinuteLegs,
      clock: () => new Date('2026-03-01T20:00:00Z'),
      logError: () => undefined,
    });
    // Collection visits need the cert-c certificate: O-1 holds it, O-2 does not.
    seedBlankDay(
      db,
      [
        officer('O-1', {
          skills: [
            { skill: 'collection', validUntil: null },
            { skill: 'cert-c', validUntil: null },
          ],
        }),
        officer('O-2'),
      ],
      [visit('V-1'), visit('V-2', { kind: 'verification' }), visit('V-3', { kind: 'verification' })],
    );
    await call(handlers, 'users.save', TEST_SUPERVISOR);
    await call(handlers, 'session.signIn', { userId: TEST_SUPERVISOR.id });
    await call(handlers, 'users.save', { id: 'li', name: 'Li Na', role: 'dispatcher', active: true });
    await call<RuleSetVersion>(handlers, 'rules.change', {
      rules: { ...DEFAULT_RULE_SET, certificates: { ...DEFAULT_RULE_SET.certificates, collection: 'cert-c' } },
      reason: 'Collection needs the certificate',
    });
    await call(handlers, 'session.signIn', { userId: 'li' });
    base = (await call<PlanView>(handlers, 'plans.current', { date: DATE })).plan.id;
  });
  afterEach(() => db.close());

  it('refuses a dispatcher’s batch that breaks a rule for one visit, naming it, and saves nothing', async () => {
    const refused = await moveMany(['V-2', 'V-1', 'V-3'], 'O-2');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('forbidden');
    expect(refused.error.message.en).toMatch(/^This move breaks the visiting rules: Visit V-1 needs cert-c, which officer .*\(O-2\)/);
    const problems = (refused.error.details as { problems: DayProblem[] }).problems;
    expect(problems.map((p) => [p.visitId, p.officerId])).toEqual([['V-1', 'O-2']]);
    expect((await call<PlanView>(handlers, 'plans.current', { date: DATE })).plan.id).toBe(base);
    // Without the visit that breaks the rule, the same batch goes through.
    expect((await moveMany(['V-2', 'V-3'], 'O-2')).ok).toBe(true);
  });

  it('lets a supervisor move the batch anyway with a reason, recorded once per broken rule', async () => {
    await call(handlers, 'session.signIn', { userId: TEST_SUPERVISOR.id });
    const accepted = await moveMany(['V-2', 'V-1', 'V-3'], 'O-2', { reason: 'O-1 is off sick' });
    expect(accepted.ok).toBe(true);
    const { plan } = (await call<PlanView>(handlers, 'plans.current', { date: DATE }))!;
    expect(routeOrders(plan)['O-2']).toHaveLength(3);
    expect(plan.overrides).toMatchObject([{ visitId: 'V-1', officerId: 'O-2', by: TEST_SUPERVISOR.id, reason: 'O-1 is off sick' }]);
    const [entry] = createAuditRepo(db)
      .list({ entity: 'plan', entityId: plan.id })
      .filter((e) => e.action === 'plan.override');
    expect(entry).toMatchObject({ actor: TEST_SUPERVISOR.id, detail: { edit: { type: 'moveMany' } } });
  });
});
