import iconv from 'iconv-lite';
import { reported } from '../../support/outcomes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/api/import-report';
import type { Plan, VisitId } from '../../../shared/domain';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

// Outcomes (issue 19): an officers' returns file through the import pipeline, and outcomes recorded
// from the app; each visit's status follows its outcome, all or nothing.
let ws: TestWorkspace;
let plan: Plan;
let routed: VisitId[];
let unrouted: VisitId;

beforeEach(async () => {
  ws = openTestWorkspace();
  await importDemoDay(ws.handlers, { visits: 12, officers: 2 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.3, seed: 1 });
  plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
  routed = plan.routes.flatMap((r) => r.stops.map((s) => s.visitId));
  unrouted = plan.unassigned[0]?.visitId ?? ('V-none' as VisitId);
  expect(routed.length).toBeGreaterThanOrEqual(4);
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

const importReturns = async (text: string, options: { dryRun?: boolean; gbk?: boolean } = {}): Promise<ImportReport> => {
  const bytes = options.gbk ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
  const { reports } = await ws.handlers['import.files']({
    files: [{ kind: 'outcomes', fileName: 'returns.csv', contentBase64: Buffer.from(bytes).toString('base64') }],
    dryRun: options.dryRun ?? false,
    validRowsOnly: false,
  });
  return reports[0];
};
const statusOf = async (id: string) => (await ws.handlers['visits.list']({ date: TEST_DAY })).find((v) => v.id === id)!.status;

describe('outcomes from the officers’ returns', () => {
  it('reads a GBK file with Chinese headers and words, and stores all of it: statuses follow, audited', async () => {
    const [a, b, c] = routed;
    const text = [
      '走访编号,走访结果,结果明细,到达时间,离开时间,承诺金额,承诺日期,外访员备注',
      `${a},完成,身份已核实,09:05,09:40,,,本人在家`,
      `${b},失败,不在家,10:10,10:15,,,敲门无人应答`,
      `${c},完成,承诺还款,11:00,11:30,"￥1,200.50",2026-11-30,`,
    ].join('\n');
    const dry = await importReturns(text, { gbk: true, dryRun: true });
    expect(dry).toMatchObject({
      kind: 'outcomes',
      encoding: 'gb18030',
      rowCount: 3,
      validCount: 3,
      errors: [],
      written: false,
      inserted: 3,
    });
    expect(await statusOf(a)).toBe('planned');

    const report = await importReturns(text, { gbk: true });
    expect(report).toMatchObject({ written: true, inserted: 3, updated: 0, dates: [TEST_DAY] });
    expect([await statusOf(a), await statusOf(b), await statusOf(c)]).toEqual(['done', 'failed', 'done']);
    const stored = await ws.handlers['visits.outcomes']({ visitIds: [a, b, c] });
    expect(stored.find((o) => o.visitId === c)).toMatchObject({
      result: 'promise_to_pay',
      promiseAmount: 1200.5,
      promiseDate: '2026-11-30',
    });
    expect(stored.find((o) => o.visitId === a)).toMatchObject({
      arrivedSec: 9 * 3600 + 300,
      leftSec: 9 * 3600 + 2400,
      remarks: '本人在家',
    });
    const actions = ws.db
      .prepare(`SELECT action FROM audit_log WHERE action = 'outcome.record' OR (action = 'import' AND entity = 'outcomes') ORDER BY id`)
      .pluck()
      .all();
    expect(actions).toEqual(['outcome.record', 'import']);

    // Reported again (the officer corrected a result): replaced, and the status follows.
    const again = await importReturns(['visit_id,outcome,result', `${a},failed,refused`].join('\n'));
    expect(again).toMatchObject({ written: true, inserted: 0, updated: 1 });
    expect(await statusOf(a)).toBe('failed');
    expect((await ws.handlers['audit.verify']({})).intact).toBe(true);
  });

  it('names every bad row by line and column, in both languages, and stores nothing of the file', async () => {
    const [a, b, c, d] = routed;
    const text = [
      'visit_id,outcome,result,arrived_at,left_at,promise_amount,promise_date,remarks',
      `${a},done,identity_verified,09:00,09:30,,,`,
      `V-404,done,paid,,,,,`,
      `${b},done,not_at_home,,,,,`,
      `${c},done,promise_to_pay,,,500,,`,
      `${d},failed,refused,10:30,10:00,,,`,
      `${unrouted},done,paid,,,,,`,
      `${a},maybe,sunny,,,,,`,
    ].join('\n');
    const report = await importReturns(text);
    expect(report.written).toBe(false);
    const errors = report.errors.map((e) => [e.line, e.field, e.message.en]);
    expect(errors).toEqual([
      [3, 'visit_id', 'There is no visit V-404 in this workspace; check the visit ID.'],
      [4, 'result', '"not at home" means the visit did not take place: its outcome is failed, not done.'],
      [5, 'promise_date', 'A promise to pay needs the date promised.'],
      [6, 'left_at', 'Left at 10:00, before arriving at 10:30.'],
      [7, 'visit_id', `Visit ${unrouted} is Approved: an outcome is recorded only for a visit that was planned.`],
      [8, 'outcome', expect.stringContaining('Outcome')],
      [8, 'result', expect.stringContaining('Result')],
      [8, 'visit_id', expect.stringContaining(`${a}`)],
    ]);
    expect(report.errors[0].message.zh).toBe('工作区中没有走访 V-404，请检查走访编号。');
    // All or nothing: the good first row was not stored either.
    expect(await statusOf(a)).toBe('planned');
    expect(await ws.handlers['visits.outcomes']({ visitIds: [a] })).toEqual([]);
  });
});

describe('outcomes recorded in the app', () => {
  it('records one or many, or refuses them all naming each problem', async () => {
    const [a, b] = routed;
    await expect(
      ws.handlers['visits.recordOutcomes']({ outcomes: [reported(a), reported(b, { outcome: 'done', result: 'moved' })] }),
    ).rejects.toMatchObject({
      code: 'bad_input',
      details: { problems: [{ visitId: b, problems: [expect.objectContaining({ field: 'result' })] }] },
    });
    expect(await statusOf(a)).toBe('planned');
    const { visitStatuses } = await ws.handlers['visits.recordOutcomes']({
      outcomes: [reported(a), reported(b, { outcome: 'failed', result: 'not_at_home' })],
    });
    expect(visitStatuses).toEqual(
      expect.arrayContaining([
        { visitId: a, status: 'done' },
        { visitId: b, status: 'failed' },
      ]),
    );
    // Planning the day again keeps the reported stops with their officer, first in the route.
    const officerOf = (p: Plan, id: string) => p.routes.find((r) => r.stops.some((s) => s.visitId === id))?.officerId;
    const replanned = (await ws.handlers['plans.reoptimise']({ date: TEST_DAY, seconds: 0.3, seed: 2 })).plan;
    expect(officerOf(replanned, a)).toBe(officerOf(plan, a));
    expect(officerOf(replanned, b)).toBe(officerOf(plan, b));
  });
});
