import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Handlers, PlanSwitch, PlanView, VisitDetail, VisitEdited } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import { applyPlanChanges } from '../../../shared/logic/plan-changes';
import { openDatabase } from '../../../electron/backend/db/open';
import { createHandlers } from '../../../electron/backend/handlers';
import { createEventHub } from '../../../electron/backend/events';
import { createAuditRepo } from '../../../electron/backend/db/repos/audit-repo';
import { createVisitsRepo } from '../../../electron/backend/db/repos/visits-repo';
import type { Visit, VisitId } from '../../../shared/domain';
import { DATE, HOUR, call, editAndView, hhmm, officer, routeOrders, seedBlankDay, tenMinuteLegs, visit } from './plan-kit';

const NEW_VISIT = {
  id: 'V-9',
  date: DATE,
  kind: '催收',
  customerId: 'C-9',
  customerName: '测试客户',
  phone: '13800005678',
  address: '示例路 9 号',
  lat: '31.21',
  lng: '121.41',
  windows: '上午',
  approvalRef: 'APR-9',
  skills: 'collection',
};

describe('visits edited and added by hand', () => {
  let db: Db;
  let handlers: Handlers;
  const view = () => call<PlanView>(handlers, 'plans.current', { date: DATE });
  const stored = (id: string) => createVisitsRepo(db).get(id as VisitId) as Visit;
  const update = (id: string, changes: Record<string, unknown>) => call<VisitEdited>(handlers, 'visits.update', { id, changes });
  const stopOf = (plan: PlanView['plan'], id: string) => plan.routes.flatMap((r) => r.stops).find((s) => s.visitId === id)!;

  beforeEach(async () => {
    db = openDatabase(':memory:');
    handlers = createHandlers(db, { events: createEventHub(), travel: tenMinuteLegs, logError: () => undefined });
    seedBlankDay(db, [officer('O-1')], [visit('V-1'), visit('V-2'), visit('V-3', { date: '2026-03-03' })]);
    for (const [visitId, position] of [
      ['V-1', 0],
      ['V-2', 1],
    ] as const) {
      const base = (await view()).plan.id;
      await editAndView(handlers, { date: DATE, basePlanId: base, edit: { type: 'move', visitId, toOfficerId: 'O-1', position } });
    }
  });
  afterEach(() => db.close());
  /** A visit of the day the plan leaves unassigned (imported after it was made). */
  const seedExtra = () => createVisitsRepo(db).upsertMany([visit('V-4')]);

  it("re-times the visit's stop with its new window, as a plan version the board can patch", async () => {
    const before = await view();
    // V-1 09:00-09:30, then 10 minutes on: V-2 would start 09:40; its window now opens at 10:30.
    expect(hhmm(stopOf(before.plan, 'V-2').startSec)).toBe('09:40');
    const edited = await update('V-2', { windows: '10:30-11:30', serviceMinutes: '45' });
    expect(edited.visit.windows).toEqual([{ startSec: 10.5 * HOUR, endSec: 11.5 * HOUR }]);
    expect(edited.visit.phoneMasked).toBe('861******0000');
    const after = await view();
    expect(applyPlanChanges(before.plan, edited.plan!.changes)).toEqual(after.plan);
    expect(after.plan.parentId).toBe(before.plan.id);
    expect(hhmm(stopOf(after.plan, 'V-2').startSec)).toBe('10:30');
    expect(hhmm(stopOf(after.plan, 'V-2').endSec)).toBe('11:15');
    expect(after.plan.violations).toEqual([]);
    expect(stored('V-2').serviceSec).toBe(45 * 60);
    expect(stored('V-2').status).toBe('planned');
  });

  it('flags a window the route can no longer keep, and Undo restores record and plan together; Redo re-applies', async () => {
    const before = await view();
    await update('V-2', { windows: '08:00-08:10' });
    const flagged = await view();
    expect(flagged.plan.violations.map((v) => [v.visitId, v.rule])).toEqual([['V-2', 'window']]);
    expect(flagged.plan.violations[0].message.en).toMatch(/outside its agreed windows 08:00-08:10/);
    expect(routeOrders(flagged.plan)['O-1']).toEqual(['V-1', 'V-2']);

    const undone = await call<PlanSwitch>(handlers, 'plans.undo', { date: DATE });
    expect(undone.plan.id).toBe(before.plan.id);
    expect(undone.plan.violations).toEqual([]);
    expect(stored('V-2').windows).toEqual(visit('V-2').windows);
    expect(stored('V-2').status).toBe('planned');
    expect(undone.visits?.map((v) => [v.id, v.windows])).toEqual([['V-2', visit('V-2').windows]]);

    const redone = await call<PlanSwitch>(handlers, 'plans.redo', { date: DATE });
    expect(redone.plan.id).toBe(flagged.plan.id);
    expect(redone.plan.violations.map((v) => v.visitId)).toEqual(['V-2']);
    expect(stored('V-2').windows).toEqual([{ startSec: 8 * HOUR, endSec: 8 * HOUR + 600 }]);
    expect(redone.visits?.[0].windows).toEqual([{ startSec: 8 * HOUR, endSec: 8 * HOUR + 600 }]);
  });

  it('moves the pin: a new place re-times the route and is stored in the system it was given in', async () => {
    await update('V-1', { lat: '31.3', lng: '121.5', coordSystem: 'wgs84' });
    expect(stored('V-1').location).toEqual({ lat: 31.3, lng: 121.5, system: 'wgs84' });
    expect((await view()).plan.parentId).not.toBeNull();
  });

  it('refuses bad fields with the import’s sentences in both languages, naming each field, and writes nothing', async () => {
    const before = await view();
    const auditBefore = createAuditRepo(db).list().length;
    const envelope = await dispatch(handlers, 'visits.update', {
      id: 'V-2',
      changes: { windows: '12:00-11:00', serviceMinutes: 'half an hour', lat: '95', address: '' },
    });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('bad_input');
    expect(envelope.error.message.en).toMatch(/^Visit V-2 was not changed: /);
    expect(envelope.error.message.en).toContain('Appointment windows');
    expect(envelope.error.message.en).toContain('Service minutes must be a whole number from 0 to 480.');
    expect(envelope.error.message.zh).toContain('预约时段');
    expect(envelope.error.message.zh).toContain('服务时长');
    const problems = (envelope.error.details as { problems: { field: string }[] }).problems;
    expect(problems.map((p) => p.field).sort()).toEqual(['address', 'lat', 'serviceMinutes', 'windows']);
    expect(stored('V-2')).toEqual({ ...visit('V-2'), status: 'planned' });
    expect((await view()).plan.id).toBe(before.plan.id);
    expect(createAuditRepo(db).list().length).toBe(auditBefore);
  });

  it('records each edit in the audit log, which the detail panel lists', async () => {
    await update('V-2', { notes: 'Ring twice', priority: 5 });
    const [entry] = createAuditRepo(db).list({ entity: 'visit', entityId: 'V-2' });
    expect(entry).toMatchObject({ action: 'visit.update', detail: { fields: ['priority', 'notes'], after: { priority: '5' } } });
    // A customer's notes, name, phone and address are sealed into the chain only as hashes, which retention need not erase.
    expect(JSON.stringify(entry.detail)).not.toContain('Ring twice');
    expect((entry.detail as { after: { notes: string } }).after.notes).toMatch(/^sha256:[0-9a-f]{16}$/);
    await call(handlers, 'visits.setStatus', { ids: ['V-1', 'V-2'], status: 'cancelled' });
    const detail = await call<VisitDetail>(handlers, 'visits.get', { id: 'V-2' });
    expect(detail.history.map((h) => h.action)).toEqual(['visits.cancelled', 'visit.update']);
    expect(detail.history[1].fields).toEqual(['priority', 'notes']);
    expect(detail.visit).not.toHaveProperty('phone');
  });

  it('changes a visit on a day without a plan by itself (not undoable; the screens confirm first)', async () => {
    const edited = await update('V-3', { windows: '14:00-15:00' });
    expect(edited.plan).toBeNull();
    expect(stored('V-3').windows).toEqual([{ startSec: 14 * HOUR, endSec: 15 * HOUR }]);
  });

  it('adds a visit checked like an imported row, refuses a stored ID naming it, and fits the new one in', async () => {
    const added = await call<VisitEdited>(handlers, 'visits.add', { visit: NEW_VISIT });
    expect(added.visit).toMatchObject({
      id: 'V-9',
      kind: 'collection',
      status: 'approved',
      displayName: '测***',
      phoneMasked: '138****5678',
    });
    expect(added.visit.windows).toEqual([{ startSec: 8 * HOUR, endSec: 12 * HOUR }]);
    expect(createAuditRepo(db).list({ entityId: 'V-9' })[0].action).toBe('visit.add');

    await expect(call(handlers, 'visits.add', { visit: { ...NEW_VISIT, id: 'V-1' } })).rejects.toThrow(
      /^conflict: Visit V-1 is already stored \(for 2026-03-02\)/,
    );
    const refusal = call(handlers, 'visits.add', { visit: { ...NEW_VISIT, id: 'V-10', windows: '', lat: 'abc' } });
    await expect(refusal).rejects.toThrow(/^bad_input: Visit V-10 was not added: /);
    await expect(refusal).rejects.toThrow(/Appointment windows is required\./);
    await expect(refusal).rejects.toThrow(/Latitude must be a number/);
    expect(createVisitsRepo(db).get('V-10' as VisitId)).toBeNull();

    const fitted = await call<{ changes: unknown }>(handlers, 'plans.insertVisits', { date: DATE, visitIds: ['V-9'] });
    expect(fitted).toBeTruthy();
    expect(routeOrders((await view()).plan)['O-1']).toContain('V-9');
  });

  it('lists a visit added on a planned day as unassigned, and Undo takes it off the day (kept, cancelled); Redo brings it back', async () => {
    const before = await view();
    const added = await call<VisitEdited>(handlers, 'visits.add', { visit: NEW_VISIT });
    expect(added.plan?.canUndo).toBe(true);
    const after = await view();
    expect(after.plan.parentId).toBe(before.plan.id);
    expect(after.plan.unassigned.find((u) => u.visitId === 'V-9')?.reasons).toEqual(['added_by_hand']);
    expect(applyPlanChanges(before.plan, added.plan!.changes)).toEqual(after.plan);

    const undone = await call<PlanSwitch>(handlers, 'plans.undo', { date: DATE });
    expect(undone.plan.id).toBe(before.plan.id);
    expect(undone.visitStatuses).toContainEqual({ visitId: 'V-9', status: 'cancelled' });
    expect(stored('V-9').status).toBe('cancelled');
    await call(handlers, 'plans.redo', { date: DATE });
    expect(stored('V-9').status).toBe('approved');
    expect((await view()).plan.unassigned.some((u) => u.visitId === 'V-9')).toBe(true);
  });

  it('edits an unassigned visit of a planned day as a plan version too, so Undo takes it back', async () => {
    seedExtra();
    const before = await view();
    await update('V-4', { priority: '5' });
    const after = await view();
    expect(after.plan.parentId).toBe(before.plan.id);
    expect(after.plan.routes).toEqual(before.plan.routes);
    expect(stored('V-4').priority).toBe(5);
    await call<PlanSwitch>(handlers, 'plans.undo', { date: DATE });
    expect(stored('V-4').priority).toBe(3);
  });

  it('refuses to change a visit already made', async () => {
    createVisitsRepo(db).setStatus(['V-1' as VisitId], 'done');
    await expect(update('V-1', { notes: 'late' })).rejects.toThrow(/^bad_input: Visit V-1 is already "Done"/);
  });
});
