import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Handlers, PlanView } from '../../../shared/api/contract';
import type { ImportReport } from '../../../shared/api/import-report';
import type { OfficerDayResult, WeekDay } from '../../../shared/api/officer-days';
import type { OfficerDay, Plan } from '../../../shared/domain';
import { openDatabase } from '../../../electron/backend/db/open';
import { createHandlers } from '../../../electron/backend/handlers';
import { createEventHub } from '../../../electron/backend/events';
import { createAuditRepo } from '../../../electron/backend/db/repos/audit-repo';
import { DATE, HOUR, call, officer, seedBlankDay, tenMinuteLegs, visit } from './plan-kit';

// Officers' availability per day (issue 19): the roster of a day is what the planner uses.
describe('officers’ days', () => {
  let db: Db;
  let handlers: Handlers;
  const solve = () => call(handlers, 'plans.solve', { date: DATE, seconds: 0.3, seed: 1 });
  const current = async () => (await call<PlanView>(handlers, 'plans.current', { date: DATE })).plan;
  const setDay = (officerId: string, cells: Record<string, string> | null, date = DATE) =>
    call<OfficerDayResult>(handlers, 'officers.setDay', { officerId, date, cells });
  const stopsOf = (plan: Plan, officerId: string) => plan.routes.find((r) => r.officerId === officerId)?.stops.length ?? 0;

  /** A workspace timed with ten-minute legs, or with real distances. */
  const open = (legs: 'ten-minute' | 'real' = 'ten-minute') => {
    db = openDatabase(':memory:');
    const travel = legs === 'ten-minute' ? { travel: tenMinuteLegs } : {};
    handlers = createHandlers(db, { events: createEventHub(), ...travel, logError: () => undefined });
  };
  afterEach(() => db.close());

  describe('in the planner', () => {
    beforeEach(() => {
      open();
      seedBlankDay(
        db,
        [officer('O-1', { name: 'Wang Fang' }), officer('O-2', { name: 'Li Qiang' })],
        ['V-1', 'V-2', 'V-3', 'V-4'].map((id) => visit(id)),
      );
    });

    it('gives an officer on leave no visits on that day’s plan, and only on that day', async () => {
      await setDay('O-1', { available: '休假' });
      await setDay('O-2', { available: 'no' }, '2026-03-03');
      await solve();
      const plan = await current();
      expect(stopsOf(plan, 'O-1')).toBe(0);
      expect(stopsOf(plan, 'O-2')).toBe(4);
      expect(plan.violations).toEqual([]);
    });

    it('ends a half day’s route by the shorter shift’s end', async () => {
      await setDay('O-1', { available: 'no' });
      // 08:00-10:00: leave at 08:50, visits 09:00-09:30 and 09:40-10:10 would overrun, so one visit, back at 09:40.
      const result = await setDay('O-2', { shift_start: '08:00', shift_end: '10:00' });
      expect(result.day).toMatchObject({ availability: 'working', shiftStartSec: 8 * HOUR, shiftEndSec: 10 * HOUR });
      await solve();
      const plan = await current();
      const route = plan.routes.find((r) => r.officerId === 'O-2')!;
      expect(route.stops.length).toBe(1);
      expect(route.finishSec).toBeLessThanOrEqual(10 * HOUR);
      expect(plan.unassigned.length).toBe(3);
    });

    it('flags a planned officer now on leave, as an officer edit does, and clears the flag with the usual day back', async () => {
      await solve();
      const before = await current();
      const routed = before.routes.find((r) => r.stops.length > 0)!;
      const off = await setDay(routed.officerId, { available: 'off', note: 'sick' });
      expect(off.plans).toEqual([{ date: DATE, problems: 1 }]);
      const flagged = await current();
      expect(flagged.violations).toEqual([
        expect.objectContaining({
          officerId: routed.officerId,
          rule: 'shift',
          visitId: null,
          message: expect.objectContaining({ en: expect.stringContaining(`is on leave on ${DATE} but has ${routed.stops.length} visit`) }),
        }),
      ]);
      // Re-optimising plans with the day's roster: the officer on leave loses every visit.
      await call(handlers, 'plans.reoptimise', { date: DATE, seconds: 0.3 });
      expect(stopsOf(await current(), routed.officerId)).toBe(0);
      await call(handlers, 'plans.undo', { date: DATE });
      const back = await setDay(routed.officerId, null);
      expect(back).toMatchObject({ day: null, plans: [{ date: DATE, problems: 0 }] });
      expect((await current()).violations).toEqual([]);
      const audit = createAuditRepo(db)
        .list({ entity: 'officer' })
        .filter((e) => e.action === 'officer.day');
      // Newest first: back to the usual day, after the day off.
      expect(audit.map((e) => (e.detail as { after: OfficerDay | null }).after?.availability ?? null)).toEqual([null, 'off']);
    });

    it('refuses a move onto an officer on leave that day', async () => {
      await setDay('O-1', { available: 'no' });
      const base = (await current()).id;
      await expect(
        call(handlers, 'plans.edit', {
          date: DATE,
          basePlanId: base,
          edit: { type: 'move', visitId: 'V-1', toOfficerId: 'O-1', position: 0 },
        }),
      ).rejects.toThrow(/not on duty/);
    });

    it('refuses a day that does not read, naming the officer, the day and each field in both languages; nothing is stored', async () => {
      const refused = setDay('O-1', { available: 'no', shift_start: '08:00', shift_end: '25:00' });
      await expect(refused).rejects.toThrow(/^bad_input: Nothing was saved for officer Wang Fang \(O-1\) on 2026-03-02\./);
      await expect(refused).rejects.toMatchObject({ zh: expect.stringContaining('外访员 Wang Fang (O-1) 2026-03-02 的出勤未保存') });
      await expect(refused).rejects.toThrow(/Shift end/);
      await expect(setDay('O-9', { available: 'no' })).rejects.toThrow(/^not_found: Officer O-9 is not on the roster/);
      expect(await call(handlers, 'officers.days', { from: DATE, to: DATE })).toEqual([]);
      // A day typed as the usual one stores nothing, and says so.
      expect(await setDay('O-1', { available: 'yes' })).toEqual({ day: null, auditId: null, plans: [] });
    });
  });

  it('starts the route from the day’s own start place', async () => {
    // Real distances: the recorded start is some 40 km away; the day's start is next to the visits.
    open('real');
    const near = { lat: 31.2304, lng: 121.4737, system: 'wgs84' as const };
    seedBlankDay(
      db,
      [officer('O-1', { start: { lat: 31.5, lng: 121.8, system: 'wgs84' }, end: null })],
      ['V-1'].map((id) => visit(id, { location: near, requiredSkills: [] })),
    );
    await solve();
    const far = (await current()).routes[0].stops[0].distanceM;
    expect(far).toBeGreaterThan(30_000);
    await setDay('O-1', { start_lat: '31.2310', start_lng: '121.4740', start_address: 'Branch office' });
    await solve();
    expect((await current()).routes[0].stops[0].distanceM).toBeLessThan(500);
    expect((await call<{ startAddress?: string }[]>(handlers, 'officers.list', { date: DATE }))[0].startAddress).toBe('Branch office');
  });
});

describe('the availability file and the week', () => {
  let db: Db;
  let handlers: Handlers;
  const importDays = async (text: string, options: { dryRun?: boolean; gbk?: boolean } = {}) => {
    const bytes = options.gbk ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
    return call<{ reports: ImportReport[]; plansNeedingAttention: string[] }>(handlers, 'import.files', {
      files: [{ kind: 'availability', fileName: 'days.csv', contentBase64: bytes.toString('base64') }],
      dryRun: options.dryRun ?? false,
    });
  };
  beforeEach(() => {
    db = openDatabase(':memory:');
    handlers = createHandlers(db, { events: createEventHub(), travel: tenMinuteLegs, logError: () => undefined });
    seedBlankDay(
      db,
      [officer('O-1', { name: 'Wang Fang' }), officer('O-2', { name: 'Li Qiang' })],
      ['V-1', 'V-2', 'V-3'].map((id) => visit(id)),
    );
  });
  afterEach(() => db.close());

  it('reads a GBK file with Chinese headers and words; a dry run stores nothing, the import stores every day', async () => {
    const text = ['工号,日期,是否出勤,上班时间,下班时间,备注', 'O-1,2026-03-02,休假,,,年假', 'O-2,2026/3/3,是,08:00,12:00,半天'].join(
      '\r\n',
    );
    const dry = await importDays(text, { gbk: true, dryRun: true });
    expect(dry.reports[0]).toMatchObject({
      kind: 'availability',
      encoding: 'gb18030',
      validCount: 2,
      errors: [],
      written: false,
      inserted: 2,
    });
    expect(await call(handlers, 'officers.days', { from: '2026-03-01', to: '2026-03-07' })).toEqual([]);
    const done = await importDays(text, { gbk: true });
    expect(done.reports[0]).toMatchObject({ written: true, inserted: 2, updated: 0 });
    const days = await call<OfficerDay[]>(handlers, 'officers.days', { from: '2026-03-01', to: '2026-03-07' });
    expect(days.map((d) => [d.officerId, d.date, d.availability, d.shiftEndSec, d.note])).toEqual([
      ['O-1', '2026-03-02', 'off', null, '年假'],
      ['O-2', '2026-03-03', 'working', 12 * HOUR, '半天'],
    ]);
    const batches = db.prepare(`SELECT kind, inserted FROM import_batches`).all();
    expect(batches).toEqual([{ kind: 'availability', inserted: 2 }]);
  });

  it('refuses the whole file for one bad row, naming the row and field: an unknown officer, a day twice, a day off with a shift', async () => {
    const text = [
      'officer_id,date,available,shift_start,shift_end',
      'O-1,2026-03-02,no,,',
      'O-7,2026-03-02,no,,',
      'O-2,2026-03-02,no,09:00,12:00',
      'O-1,2026-03-02,yes,09:00,',
    ].join('\n');
    const { reports } = await importDays(text);
    expect(reports[0].written).toBe(false);
    const problems = reports[0].errors.map((e) => [e.line, e.field, e.message.en]);
    expect(problems).toEqual([
      [3, 'officer_id', 'There is no officer O-7 on the roster; check the officer ID, or import the officers first.'],
      [4, 'available', expect.stringContaining('A day on leave has no shift or start place')],
      [5, 'shift_end', expect.stringContaining('Give both the start and the end')],
      [5, 'officer_id', expect.stringContaining('first used on line 2')],
    ]);
    expect(reports[0].errors[0].message.zh).toBe('名单上没有外访员 O-7；请检查外访员编号，或先导入外访员。');
    expect(await call(handlers, 'officers.days', { from: '2026-03-01', to: '2026-03-07' })).toEqual([]);
  });

  it('re-checks the plans of the days a file changes: a routed officer now on leave needs attention', async () => {
    await call(handlers, 'plans.solve', { date: DATE, seconds: 0.3, seed: 1 });
    const routed = (await call<PlanView>(handlers, 'plans.current', { date: DATE })).plan.routes.find((r) => r.stops.length > 0)!;
    const answer = await importDays(`officer_id,date,available\n${routed.officerId},${DATE},休假\n`);
    expect(answer.plansNeedingAttention).toEqual([DATE]);
    const { plan } = await call<PlanView>(handlers, 'plans.current', { date: DATE });
    expect(plan.violations.map((v) => [v.officerId, v.rule])).toEqual([[routed.officerId, 'shift']]);
  });

  it('sums up each day of the week: visits by status, who works and who is off, capacity used, whether there is a plan', async () => {
    await importDays(
      ['officer_id,date,available,shift_start,shift_end', 'O-1,2026-03-02,no,,', 'O-2,2026-03-03,yes,08:00,12:00'].join('\n'),
    );
    await call(handlers, 'plans.solve', { date: DATE, seconds: 0.3, seed: 1 });
    const week = await call<WeekDay[]>(handlers, 'days.week', { from: DATE });
    expect(week.map((d) => d.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    const plan = (await call<PlanView>(handlers, 'plans.current', { date: DATE })).plan;
    // Monday: Li alone, 08:00-18:00 (10 h, 8 visits allowed); the plan routes every visit to him.
    expect(week[0]).toEqual({
      date: DATE,
      visits: { planned: 3 },
      onShift: 1,
      off: [{ officerId: 'O-1', name: 'Wang Fang' }],
      changed: [],
      hasPlan: true,
      problems: 0,
      plannedSec: plan.stats.workingSec,
      availableSec: 10 * HOUR,
      plannedVisits: 3,
      maxVisits: 8,
    });
    // Tuesday: both work, Li a half day: 10 h + 4 h of shift, no plan, no visits.
    expect(week[1]).toMatchObject({ visits: {}, onShift: 2, off: [], changed: [{ officerId: 'O-2', name: 'Li Qiang' }], hasPlan: false });
    expect(week[1].availableSec).toBe(14 * HOUR);
    expect(week[2]).toMatchObject({ onShift: 2, off: [], changed: [], availableSec: 20 * HOUR, maxVisits: 16 });
  });
});
