import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Handlers, PlanView } from '../../../shared/api/contract';
import type { OfficerEditResult } from '../../../shared/api/officer-edit';
import type { OfficerId } from '../../../shared/domain';
import { openDatabase } from '../../../electron/backend/db/open';
import { createHandlers } from '../../../electron/backend/handlers';
import { createEventHub } from '../../../electron/backend/events';
import { createAuditRepo } from '../../../electron/backend/db/repos/audit-repo';
import { createOfficersRepo } from '../../../electron/backend/db/repos/officers-repo';
import { DATE, HOUR, call, editAndView, officer, seedBlankDay, tenMinuteLegs, visit } from './plan-kit';

describe('officers.update and officers.undoEdit', () => {
  let db: Db;
  let handlers: Handlers;
  const view = () => call<PlanView>(handlers, 'plans.current', { date: DATE });
  const update = (officerId: string, changes: Record<string, string>) =>
    call<OfficerEditResult>(handlers, 'officers.update', { officerId, changes });
  const undo = (editId: number | null) => call<OfficerEditResult>(handlers, 'officers.undoEdit', { editId });
  const stored = (id: string) => createOfficersRepo(db).get(id as OfficerId);
  const officerAudit = () => createAuditRepo(db).list({ entity: 'officer' });

  beforeEach(async () => {
    db = openDatabase(':memory:');
    handlers = createHandlers(db, { events: createEventHub(), travel: tenMinuteLegs, logError: () => undefined });
    seedBlankDay(
      db,
      [officer('O-1', { name: 'Wang Fang' }), officer('O-2', { name: 'Li Qiang' })],
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

  it('stores a valid edit read by the import rules and logs the changed fields before and after', async () => {
    const result = await update('O-1', {
      team: ' West ',
      skills: 'collection；senior@2027-01-31',
      max_visits: '６',
      break_start: '11:30-13:00',
      break_min: '45',
    });
    expect(result.changed).toEqual(['team', 'breaks', 'maxVisits', 'skills']);
    expect(result.plans).toEqual([]);
    const expected = {
      team: 'West',
      maxVisits: 6,
      breaks: [{ earliestStartSec: 11.5 * HOUR, latestStartSec: 13 * HOUR, durationSec: 45 * 60 }],
      skills: [
        { skill: 'collection', validUntil: null },
        { skill: 'senior', validUntil: '2027-01-31' },
      ],
    };
    expect(result.officer).toMatchObject(expected);
    expect(stored('O-1')).toEqual(result.officer);
    // Untouched fields stay exactly as stored.
    expect(stored('O-1')).toMatchObject({ shiftStartSec: 8 * HOUR, shiftEndSec: 18 * HOUR, isActive: true, name: 'Wang Fang' });

    const [entry] = officerAudit();
    expect(entry).toMatchObject({ id: result.editId, action: 'officer.edit', entityId: 'O-1' });
    expect(entry.detail).toMatchObject({ name: 'Wang Fang', before: { team: 'East', maxVisits: 8, breaks: [] }, after: expected });
    expect(Object.keys((entry.detail as { after: object }).after)).toEqual(['team', 'breaks', 'maxVisits', 'skills']);
  });

  it("flags that day's plan in the same call when a routed officer is made inactive, and Undo clears it", async () => {
    const result = await update('O-1', { active: 'no' });
    expect(result.changed).toEqual(['isActive']);
    expect(result.plans).toEqual([{ date: DATE, problems: 1 }]);
    const { plan } = await view();
    expect(plan.violations.map((v) => [v.officerId, v.rule])).toEqual([['O-1', 'shift']]);
    expect(plan.violations[0].message.en).toMatch(/^Officer Wang Fang \(O-1\) is .*duty but .*has 2 visits in the plan\.$/);
    expect(officerAudit()[0].detail).toMatchObject({ before: { isActive: true }, after: { isActive: false }, plans: result.plans });

    const undone = await undo(result.editId);
    expect(undone.officer.isActive).toBe(true);
    expect(undone.plans).toEqual([{ date: DATE, problems: 0 }]);
    expect((await view()).plan.violations).toEqual([]);
    expect(officerAudit()[0]).toMatchObject({ action: 'officer.undoEdit', detail: { undoes: result.editId } });

    await expect(undo(result.editId)).rejects.toThrow(/^conflict: The last change to officer Wang Fang \(O-1\) is already undone/);
  });

  it('flags an overrun when a shift is cut short', async () => {
    const result = await update('O-2', { shift_end: '09:15' });
    expect(result.plans).toEqual([{ date: DATE, problems: 1 }]);
    const [flag] = (await view()).plan.violations;
    expect(flag).toMatchObject({ officerId: 'O-2', rule: 'shift' });
    expect(flag.message.en).toMatch(/after the shift ends at 09:15/);
  });

  it('flags the visits of a skill that is not valid yet on the planned day', async () => {
    const result = await update('O-1', { skills: 'collection@2026-04-01~2026-12-31' });
    expect(result.plans).toEqual([{ date: DATE, problems: 2 }]);
    const flags = (await view()).plan.violations;
    expect(flags.map((v) => [v.officerId, v.visitId, v.rule])).toEqual([
      ['O-1', 'V-1', 'skill'],
      ['O-1', 'V-2', 'skill'],
    ]);
    expect(flags[0].message.en).toContain(`does not hold on ${DATE}`);
    expect(stored('O-1')?.skills).toEqual([{ skill: 'collection', validFrom: '2026-04-01', validUntil: '2026-12-31' }]);
  });

  it('stores addresses for the start and end places, and Undo takes a cleared one back', async () => {
    await update('O-1', { start_address: '示例路 1 号', end_address: '示例路 9 号' });
    expect(stored('O-1')).toMatchObject({ startAddress: '示例路 1 号', endAddress: '示例路 9 号' });
    const cleared = await update('O-1', { end_address: '' });
    expect(cleared.changed).toEqual(['endAddress']);
    expect(stored('O-1')).not.toHaveProperty('endAddress');
    expect(officerAudit()[0].detail).toMatchObject({ before: { endAddress: '示例路 9 号' }, after: { endAddress: null } });
    await undo(cleared.editId);
    expect(stored('O-1')?.endAddress).toBe('示例路 9 号');
  });

  it('refuses bad fields in both languages, naming the officer and every field, and writes nothing', async () => {
    const before = stored('O-1');
    const refusal = update('O-1', { shift_end: '25:00', max_visits: 'many', active: 'no' });
    await expect(refusal).rejects.toThrow(/^bad_input: Nothing was saved for officer Wang Fang \(O-1\)\. /);
    const error = await refusal.then(
      () => ({ message: '', zh: '' }),
      (e: Error & { zh: string }) => e,
    );
    expect(error.message).toContain('Shift end "25:00" is not a time of day like 09:00.');
    expect(error.message).toContain('Maximum visits must be a whole number from 0 to 200.');
    expect(error.message).toMatch(/Correct Shift end and Maximum visits and save again\.$/);
    expect(error.zh).toContain('外访员 Wang Fang (O-1) 的修改未保存');
    expect(error.zh).toContain('下班时间“25:00”不是类似 09:00 的时间。');
    expect(error.zh).toContain('每日走访上限');

    await expect(update('O-1', { break_start: '07:00' })).rejects.toThrow(/does not fit inside the shift 08:00-18:00.*Correct Break start/);
    await expect(update('O-1', { shift_start: '19:00' })).rejects.toThrow(/Shift end 18:00 is not after shift start 19:00/);
    await expect(update('O-1', { name: 'Someone else' })).rejects.toThrow(/^bad_input/);
    await expect(update('O-1', {})).rejects.toThrow(/^bad_input/);

    expect(stored('O-1')).toEqual(before);
    expect(officerAudit()).toEqual([]);
    expect((await view()).plan.violations).toEqual([]);
  });

  it('refuses an officer not on the roster, and an edit that changes nothing writes nothing', async () => {
    await expect(update('O-9', { team: 'West' })).rejects.toThrow(/^not_found: Officer O-9 is not on the roster, so nothing was saved/);
    const same = await update('O-1', { team: 'East', shift_start: '8:00' });
    expect(same).toMatchObject({ editId: null, changed: [], plans: [] });
    expect(officerAudit()).toEqual([]);
  });

  it('refuses to undo a change whose fields changed again since', async () => {
    const first = await update('O-1', { shift_end: '17:00' });
    await update('O-1', { shift_end: '16:30' });
    await expect(undo(first.editId)).rejects.toThrow(/^conflict: .*because shift end changed again since/);
    expect(stored('O-1')?.shiftEndSec).toBe(16.5 * HOUR);
    await expect(undo(999)).rejects.toThrow(/^not_found/);
  });
});
