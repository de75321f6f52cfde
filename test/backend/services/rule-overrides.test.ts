import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { DayCheck, Handlers, PlanSwitch, PlanView } from '../../../shared/api/contract';
import { DEFAULT_RULE_SET, type RuleSetVersion } from '../../../shared/domain';
import { openDatabase } from '../../../electron/backend/db/open';
import { createHandlers } from '../../../electron/backend/handlers';
import { createEventHub } from '../../../electron/backend/events';
import { createAuditRepo } from '../../../electron/backend/db/repos/audit-repo';
import { DATE, HOUR, call, editAndView, hhmm, officer, routeOrders, seedBlankDay, tenMinuteLegs, visit } from './plan-kit';
import { TEST_SUPERVISOR } from '../../support/test-workspace';

/**
 * A manual move that breaks a visiting rule (issue 18): refused in plain words for a dispatcher,
 * accepted from a supervisor with a reason, shown in the plan and the pre-dispatch check, audited.
 */
describe('moves that break a visiting rule', () => {
  let db: Db;
  let handlers: Handlers;
  let current: PlanView;
  const move = (visitId: string, toOfficerId: string, position: number, override?: { reason: string }) =>
    editAndView(handlers, {
      date: DATE,
      basePlanId: current.plan.id,
      edit: { type: 'move', visitId, toOfficerId, position },
      ...(override && { override }),
    }).then((view) => (current = view));
  const signIn = (userId: string) => call(handlers, 'session.signIn', { userId });

  beforeEach(async () => {
    db = openDatabase(':memory:');
    handlers = createHandlers(db, {
      events: createEventHub(),
      travel: tenMinuteLegs,
      clock: () => new Date('2026-03-01T20:00:00Z'),
      logError: () => undefined,
    });
    // O-1 holds the collection certificate, O-2 does not; V-3's customer is under a dispute hold.
    seedBlankDay(
      db,
      [
        officer('O-1', {
          skills: [
            { skill: 'collection', validUntil: null },
            { skill: 'cert-c', validUntil: null },
          ],
        }),
        officer('O-2', { name: 'Officer Two' }),
      ],
      [visit('V-1'), visit('V-2'), visit('V-3'), visit('V-4', { windows: [{ startSec: 8 * HOUR, endSec: 17 * HOUR }] })],
    );
    await call(handlers, 'users.save', TEST_SUPERVISOR);
    await signIn(TEST_SUPERVISOR.id);
    await call(handlers, 'users.save', { id: 'li', name: 'Li Na', role: 'dispatcher', active: true });
    await call<RuleSetVersion>(handlers, 'rules.change', {
      rules: { ...DEFAULT_RULE_SET, certificates: { ...DEFAULT_RULE_SET.certificates, collection: 'cert-c' } },
      reason: 'Collection needs the certificate',
    });
    await call(handlers, 'holds.place', { customerId: 'C-V-3', kind: 'dispute', note: 'Amount disputed' });
    await signIn('li');
    current = await call<PlanView>(handlers, 'plans.current', { date: DATE });
    await move('V-1', 'O-1', 0);
  });
  afterEach(() => db.close());

  it('refuses a dispatcher’s move to an officer without the certificate, in both languages, changing nothing', async () => {
    const before = current.plan.id;
    const refused = move('V-2', 'O-2', 0);
    await expect(refused).rejects.toThrow(
      'forbidden: This move breaks the visiting rules: Visit V-2 needs cert-c, which officer Officer Two (O-2) does not hold on 2026-03-02. Only a supervisor may accept it, with a reason.',
    );
    await expect(refused).rejects.toMatchObject({ zh: expect.stringContaining('只有主管可以填写理由后特批') });
    // A dispatcher's reason changes nothing: the override is a supervisor's.
    await expect(move('V-2', 'O-2', 0, { reason: 'urgent' })).rejects.toThrow(
      /^forbidden: Only a supervisor may accept a move that breaks a visiting rule; Li Na \(li\)/,
    );
    expect((await call<PlanView>(handlers, 'plans.current', { date: DATE })).plan.id).toBe(before);
    // Within the rules the same dispatcher moves freely.
    await move('V-2', 'O-1', 1);
    expect(routeOrders(current.plan)).toEqual({ 'O-1': ['V-1', 'V-2'] });
  });

  it('refuses bringing a held customer’s visit into a route, naming the hold', async () => {
    await expect(move('V-3', 'O-1', 1)).rejects.toThrow(
      /^forbidden: This move breaks the visiting rules: The customer is under a hold \(a dispute, hold 1/,
    );
  });

  it('refuses a move that pushes a visit out of the permitted hours', async () => {
    await signIn(TEST_SUPERVISOR.id);
    const short = { ...DEFAULT_RULE_SET, hours: { ...DEFAULT_RULE_SET.hours, mon: [{ startSec: 8 * HOUR, endSec: 9 * HOUR + 45 * 60 }] } };
    await call(handlers, 'rules.change', { rules: short, reason: 'Short Monday' });
    await signIn('li');
    // V-1 09:00-09:30 fits; V-4 after it would start 09:40 and end after 09:45.
    await expect(move('V-4', 'O-1', 1)).rejects.toThrow(
      /^forbidden: This move breaks the visiting rules: Visit V-4 is planned to start at 09:40/,
    );
  });

  it('accepts the move from a supervisor with a reason: recorded in the plan, the audit trail and the check, undone with the move', async () => {
    await signIn(TEST_SUPERVISOR.id);
    await expect(move('V-2', 'O-2', 0)).rejects.toThrow(/^forbidden: This move breaks the visiting rules/);
    const accepted = await move('V-2', 'O-2', 0, { reason: 'O-1 is off sick; certificate renewal is in hand' });
    expect(routeOrders(accepted.plan)).toEqual({ 'O-1': ['V-1'], 'O-2': ['V-2'] });
    expect(accepted.plan.overrides).toEqual([
      {
        visitId: 'V-2',
        officerId: 'O-2',
        rule: 'certificate',
        message: expect.objectContaining({ en: expect.stringContaining('Visit V-2 needs cert-c') }),
        by: TEST_SUPERVISOR.id,
        at: '2026-03-01T20:00:00.000Z',
        reason: 'O-1 is off sick; certificate renewal is in hand',
      },
    ]);
    // Flagged nowhere as a problem, but listed as overridden by the pre-dispatch check.
    expect(accepted.plan.violations).toEqual([]);
    const check = await call<DayCheck>(handlers, 'plans.check', { date: DATE });
    expect(check.problems).toEqual([]);
    expect(check.overridden).toEqual([
      expect.objectContaining({ rule: 'certificate', visitId: 'V-2', officerId: 'O-2', override: expect.objectContaining({ by: 'zhou' }) }),
    ]);
    const [entry] = createAuditRepo(db)
      .list({ entity: 'plan' })
      .filter((e) => e.action === 'plan.override');
    expect(entry).toMatchObject({
      actor: 'zhou',
      detail: {
        date: DATE,
        overrides: [expect.objectContaining({ visitId: 'V-2', rule: 'certificate', reason: expect.stringContaining('off sick') })],
      },
    });
    // A later edit keeps the override; moving the visit to a certified officer drops it.
    await move('V-1', 'O-1', 0);
    await move('V-2', 'O-1', 1);
    expect(current.plan.overrides).toEqual([]);
    // Undo goes back to the version that carries it.
    const undone = await call<PlanSwitch>(handlers, 'plans.undo', { date: DATE });
    expect(undone.plan.overrides).toHaveLength(1);
  });

  it('judges a move against the problems the plan already had: an old one does not block an unrelated drag', async () => {
    await signIn(TEST_SUPERVISOR.id);
    await move('V-2', 'O-2', 0, { reason: 'Urgent' });
    // Rules tightened after planning: V-1 and V-2 now start before the permitted hours.
    const later = { ...DEFAULT_RULE_SET, hours: { ...DEFAULT_RULE_SET.hours, mon: [{ startSec: 9 * HOUR + 15 * 60, endSec: 20 * HOUR }] } };
    await call(handlers, 'rules.change', {
      rules: { ...later, certificates: { ...DEFAULT_RULE_SET.certificates, collection: 'cert-c' } },
      reason: 'Later start',
    });
    await signIn('li');
    const stale = [
      expect.objectContaining({ rule: 'permitted_hours', visitId: 'V-1', officerId: 'O-1' }),
      expect.objectContaining({ rule: 'permitted_hours', visitId: 'V-2', officerId: 'O-2' }),
    ];
    expect((await call<DayCheck>(handlers, 'plans.check', { date: DATE })).problems).toEqual(stale);
    // Adding V-4 to O-1's route is not refused for the problems the plan already had; re-timing
    // O-1's route under the rules in force even lets V-1 wait for 09:15. O-2's route is untouched.
    await move('V-4', 'O-1', 1);
    expect(routeOrders(current.plan)).toEqual({ 'O-1': ['V-1', 'V-4'], 'O-2': ['V-2'] });
    expect(current.plan.routes[0].stops.map((s) => hhmm(s.startSec))).toEqual(['09:15', '09:55']);
    expect((await call<DayCheck>(handlers, 'plans.check', { date: DATE })).problems).toEqual([stale[1]]);
  });
});
