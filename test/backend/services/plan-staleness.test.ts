import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Handlers, PlanSwitch, PlanView } from '../../../shared/api/contract';
import { openDatabase } from '../../../electron/backend/db/open';
import { createHandlers } from '../../../electron/backend/handlers';
import { createEventHub } from '../../../electron/backend/events';
import { createAuditRepo } from '../../../electron/backend/db/repos/audit-repo';
import { createVisitsRepo } from '../../../electron/backend/db/repos/visits-repo';
import type { VisitId } from '../../../shared/domain';
import { signInSupervisor, TEST_SUPERVISOR } from '../../support/test-workspace';
import { GOOD_VISIT, OFFICER_COLUMNS, VISIT_COLUMNS, csvText, utf8 } from '../import/helpers';
import { DATE, call, editAndView, officer, routeOrders, seedBlankDay, tenMinuteLegs, visit } from './plan-kit';

/** An officers file row for O-1 or O-2 as the roster holds them, with overrides. */
function officersFile(rows: Record<string, string>[]): string {
  const base = {
    officer_id: 'O-1',
    name: 'Officer O-1',
    team: 'East',
    start_lat: '31.2',
    start_lng: '121.4',
    shift_start: '08:00',
    shift_end: '18:00',
    max_visits: '8',
    skills: 'collection',
    travel_mode: 'scooter',
  };
  const text = csvText([...OFFICER_COLUMNS, 'active'], base, rows, 'officer_id');
  return Buffer.from(utf8(text)).toString('base64');
}

describe('the current plan follows the data it was made from', () => {
  let db: Db;
  let handlers: Handlers;
  const view = () => call<PlanView>(handlers, 'plans.current', { date: DATE });
  const statusOf = (id: string) => createVisitsRepo(db).get(id as VisitId)?.status;
  const importOfficers = (rows: Record<string, string>[]) =>
    call<{ plansNeedingAttention: string[] }>(handlers, 'import.files', {
      files: [{ kind: 'officers', fileName: 'officers.csv', contentBase64: officersFile(rows) }],
    });
  const exportCsv = (extra: Record<string, unknown> = {}) =>
    call<{ files: unknown[] }>(handlers, 'exports.day', { date: DATE, format: 'csv', ...extra });

  beforeEach(async () => {
    db = openDatabase(':memory:');
    handlers = createHandlers(db, { events: createEventHub(), travel: tenMinuteLegs, logError: () => undefined });
    seedBlankDay(
      db,
      [officer('O-1'), officer('O-2')],
      ['V-1', 'V-2', 'V-3', 'V-4'].map((id) => visit(id)),
    );
    for (const [visitId, toOfficerId, position] of [
      ['V-1', 'O-1', 0],
      ['V-2', 'O-1', 1],
      ['V-3', 'O-2', 0],
      ['V-4', 'O-2', 1],
    ] as const) {
      const base = (await view()).plan.id;
      await editAndView(handlers, { date: DATE, basePlanId: base, edit: { type: 'move', visitId, toOfficerId, position } });
    }
    expect((await view()).plan.violations).toEqual([]);
  });
  afterEach(() => db.close());

  it('flags the routes of an officer made inactive and of a shift cut short, in the import itself', async () => {
    const answer = await importOfficers([
      { officer_id: 'O-1', active: 'no' },
      { officer_id: 'O-2', name: 'Officer O-2', shift_end: '09:15' },
    ]);
    expect(answer.plansNeedingAttention).toEqual([DATE]);
    const { plan } = await view();
    const said = plan.violations.map((v) => `${v.officerId} ${v.rule}: ${v.message.en}`);
    expect(said).toContain('O-1 shift: Officer Officer O-1 (O-1) is not on duty but has 2 visits in the plan.');
    expect(said.filter((s) => s.startsWith('O-2 shift:'))).toEqual([expect.stringMatching(/after the shift ends at 09:15/)]);
    expect(plan.violations.find((v) => v.officerId === 'O-2')?.message.zh).toContain('09:15');

    // Put right again: the flags go with the next import.
    expect((await importOfficers([{ officer_id: 'O-1' }, { officer_id: 'O-2', name: 'Officer O-2' }])).plansNeedingAttention).toEqual([]);
    expect((await view()).plan.violations).toEqual([]);
  });

  it('refuses to export a plan with open problems, listing them, unless a supervisor exports anyway', async () => {
    await importOfficers([
      { officer_id: 'O-1', active: 'no' },
      { officer_id: 'O-2', name: 'Officer O-2' },
    ]);
    await expect(exportCsv()).rejects.toThrow(
      /^conflict: The plan for 2026-03-02 has 1 open problem, so no itinerary was exported\. Officer Officer O-1 \(O-1\) is not on duty but has 2 visits in the plan\. Repair the plan/,
    );
    await expect(exportCsv({ anyway: { reason: ' ' } })).rejects.toThrow(/^bad_input/);
    // Exporting anyway is a supervisor's decision.
    await expect(exportCsv({ anyway: { reason: 'O-1 returns at noon' } })).rejects.toThrow(
      /^forbidden: Only a supervisor may export a plan that breaks rules/,
    );
    await signInSupervisor(handlers);

    const exported = await exportCsv({ anyway: { reason: 'O-1 returns at noon' } });
    expect(exported.files.length).toBeGreaterThan(0);
    const [entry] = createAuditRepo(db)
      .list({ entity: 'plan' })
      .filter((e) => e.action === 'export.anyway');
    expect(entry).toMatchObject({ actor: TEST_SUPERVISOR.id, detail: { supervisor: TEST_SUPERVISOR.id, reason: 'O-1 returns at noon' } });
  });

  it('repairs by re-optimising: the inactive officer loses the visits, the day passes and exports', async () => {
    await importOfficers([
      { officer_id: 'O-1', active: 'no' },
      { officer_id: 'O-2', name: 'Officer O-2' },
    ]);
    const repaired = await call<PlanSwitch>(handlers, 'plans.reoptimise', { date: DATE, seconds: 0, seed: 1 });
    expect(repaired.plan.violations).toEqual([]);
    expect(routeOrders(repaired.plan)['O-1'] ?? []).toEqual([]);
    await expect(exportCsv()).resolves.toBeTruthy();
  });

  it('takes a cancelled visit out of its route, and Undo brings visit and route back together', async () => {
    const changed = await call<{ changed: number }>(handlers, 'visits.setStatus', { ids: ['V-1'], status: 'cancelled' });
    expect(changed.changed).toBe(1);
    const after = await view();
    expect(routeOrders(after.plan)['O-1']).toEqual(['V-2']);
    expect(after.plan.violations).toEqual([]);
    expect(after.canUndo).toBe(true);
    expect(statusOf('V-1')).toBe('cancelled');

    const undone = await call<PlanSwitch>(handlers, 'plans.undo', { date: DATE });
    expect(routeOrders(undone.plan)['O-1']).toEqual(['V-1', 'V-2']);
    expect(statusOf('V-1')).toBe('planned');
    expect(undone.visitStatuses).toContainEqual({ visitId: 'V-1', status: 'planned' });

    await call<PlanSwitch>(handlers, 'plans.redo', { date: DATE });
    expect(statusOf('V-1')).toBe('cancelled');
    expect(routeOrders((await view()).plan)['O-1']).toEqual(['V-2']);
  });

  it('lists a cancelled visit approved again among the unassigned, to be fitted in', async () => {
    await call(handlers, 'visits.setStatus', { ids: ['V-1'], status: 'cancelled' });
    await call(handlers, 'visits.setStatus', { ids: ['V-1'], status: 'approved' });
    const { plan, canUndo } = await view();
    expect(plan.unassigned.filter((u) => u.visitId === 'V-1').map((u) => u.reasons)).toEqual([['brought_back']]);
    expect(routeOrders(plan)['O-1']).toEqual(['V-2']);
    expect(statusOf('V-1')).toBe('approved');
    expect(canUndo).toBe(true);
    await call(handlers, 'plans.insertVisits', { date: DATE, visitIds: ['V-1'] });
    expect((await view()).plan.unassigned.some((u) => u.visitId === 'V-1')).toBe(false);
  });

  it('flags routed visits imported again with a window the route misses or on another day', async () => {
    const rows: Record<string, string>[] = [
      { visit_id: 'V-3', date: DATE, windows: '07:00-07:30', skills: 'collection' },
      { visit_id: 'V-4', date: '2026-03-05', skills: 'collection' },
    ];
    const contentBase64 = Buffer.from(utf8(csvText(VISIT_COLUMNS, GOOD_VISIT, rows, 'visit_id'))).toString('base64');
    await call(handlers, 'import.files', { files: [{ kind: 'visits', fileName: 'visits.csv', contentBase64 }] });
    const { plan } = await view();
    expect(plan.violations.filter((v) => v.visitId === 'V-4').map((v) => v.message.en)).toEqual([
      "Visit V-4 is now on 2026-03-05, but it is still in officer Officer O-2 (O-2)'s route for 2026-03-02.",
    ]);
    expect(plan.violations.some((v) => v.visitId === 'V-3' && v.officerId === 'O-2')).toBe(true);
    expect(routeOrders(plan)['O-2']).toEqual(['V-3', 'V-4']);
  });
});
