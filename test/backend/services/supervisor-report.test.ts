import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../shared/api/contract';
import { createApiClient } from '../../../shared/api/client';
import { AppError } from '../../../shared/api/errors';
import type { Plan } from '../../../shared/domain';
import { translate } from '../../../shared/i18n';
import { inProcessTransport } from '../../../electron/backend/in-process-transport';
import { reported } from '../../support/outcomes';
import { allowVisitsAllDay, importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

// The supervisor's report (issue 19) through the in-process API, over a real planned, dispatched
// and handed-over demo day with outcomes reported.
let ws: TestWorkspace;
let api: Api;

beforeEach(async () => {
  ws = openTestWorkspace();
  api = createApiClient(inProcessTransport(ws.handlers, ws.events), { checkOutputs: true }).api;
  await importDemoDay(ws.handlers, { visits: 16, officers: 3 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.3, seed: 1 });
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

const current = async (): Promise<Plan> => (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
const officerOf = (plan: Plan) =>
  new Map<string, string>(plan.routes.flatMap((r) => r.stops.map((s) => [s.visitId, r.officerId] as const)));

describe('reports.supervisor', () => {
  it('counts each officer’s planned, done, failed and unreported visits, timed work against the plan, and a visit moved to another officer since dispatch', async () => {
    await ws.handlers['exports.day']({ date: TEST_DAY, format: 'csv', profile: 'officer', language: 'en' });
    const sent = await current();
    // After dispatch, the busiest officer's last visit goes to another officer (at any hour the rules allow).
    await allowVisitsAllDay(ws.handlers);
    const [from, to] = [...sent.routes].sort((a, b) => b.stops.length - a.stops.length);
    const moved = from.stops[from.stops.length - 1].visitId;
    await ws.handlers['plans.edit']({
      date: TEST_DAY,
      basePlanId: sent.id,
      edit: { type: 'move', visitId: moved, toOfficerId: to.officerId, position: to.stops.length },
    });
    const plan = await current();
    const routes = plan.routes.filter((r) => r.stops.length > 0);
    expect(routes.length).toBeGreaterThanOrEqual(2);

    // Each route's first stop done, reported 10 minutes longer than planned; its second failed, with no times.
    // Recording them re-times the current plan from the returns: the report measures against the plan sent out.
    const outcomes = routes.flatMap((r) => {
      const [first, second] = r.stops;
      return [
        reported(first.visitId, { result: 'identity_verified', arrivedSec: first.arrivalSec, leftSec: first.endSec + 600 }),
        ...(second ? [reported(second.visitId, { outcome: 'failed', result: 'not_at_home' })] : []),
      ];
    });
    await ws.handlers['visits.recordOutcomes']({ outcomes });

    const report = await api['reports.supervisor']({ from: TEST_DAY, days: 1 });
    const [day] = report.days;
    expect(day).toMatchObject({ date: TEST_DAY, hasPlan: true, dispatched: true, unassigned: plan.unassigned.length });
    const wasWith = officerOf(sent);
    for (const route of routes) {
      const line = day.officers.find((o) => o.officerId === route.officerId)!;
      const [first] = route.stops;
      const sentRoute = sent.routes.find((r) => r.officerId === route.officerId)!;
      const sentFirst = sent.routes.flatMap((r) => r.stops).find((s) => s.visitId === first.visitId)!;
      const failed = route.stops.length > 1 ? 1 : 0;
      expect(line.figures).toMatchObject({
        planned: route.stops.length,
        done: 1,
        failed,
        notReported: route.stops.length - 1 - failed,
        plannedWorkingSec: sentRoute.workingSec,
        plannedTravelSec: sentRoute.travelSec,
        timed: 1,
        actualSpanSec: first.endSec - first.arrivalSec + 600,
        plannedSpanSec: sentFirst.endSec - sentFirst.arrivalSec,
        actualOnSiteSec: first.endSec - first.arrivalSec + 600,
        plannedOnSiteSec: sentFirst.endSec - sentFirst.arrivalSec,
        movedIn: route.stops.filter((s) => wasWith.get(s.visitId) !== route.officerId).length,
        movedOut: route.officerId === from.officerId ? 1 : 0,
      });
      expect(line.figures.byResult).toMatchObject({ identity_verified: 1, not_at_home: failed, paid: 0 });
    }
    expect(officerOf(await current()).get(moved)).toBe(to.officerId);
    expect(day.officers.find((o) => o.officerId === from.officerId)!.figures.movedOut).toBe(1);
    expect(day.officers.find((o) => o.officerId === to.officerId)!.figures.movedIn).toBe(1);
    expect(day.total.movedIn).toBe(1);
    expect(day.total.planned).toBe(routes.reduce((n, r) => n + r.stops.length, 0));
    expect(day.total.done).toBe(routes.length);
    // Teams add up to the day.
    expect(day.teams.reduce((n, t) => n + t.figures.planned, 0)).toBe(day.total.planned);
    expect(day.teams.reduce((n, t) => n + t.officers, 0)).toBe(day.officers.length);
  });

  it('counts nothing as moved on a day never sent out, and gives days without a plan zeros', async () => {
    const plan = await current();
    const report = await api['reports.supervisor']({ from: TEST_DAY, days: 7 });
    expect(report.to).toBe('2026-11-29');
    expect(report.days.map((d) => d.hasPlan)).toEqual([true, false, false, false, false, false, false]);
    expect(report.days[0].dispatched).toBe(false);
    expect(report.total.movedIn + report.total.movedOut).toBe(0);
    expect(report.total.planned).toBe(plan.stats.assignedCount);
    expect(report.total.notReported).toBe(plan.stats.assignedCount);
    expect(report.days[3].total.planned).toBe(0);
  });

  it('refuses a period longer than 31 days', async () => {
    await expect(api['reports.supervisor']({ from: TEST_DAY, days: 32 })).rejects.toBeInstanceOf(AppError);
  });
});

describe('reports.supervisorXlsx', () => {
  it('writes the report as a workbook, headings in the language asked for, and audits the export', async () => {
    const plan = await current();
    const [route] = plan.routes.filter((r) => r.stops.length > 0);
    await ws.handlers['visits.recordOutcomes']({ outcomes: [reported(route.stops[0].visitId, { outcome: 'failed', result: 'refused' })] });

    const { file } = await api['reports.supervisorXlsx']({ from: TEST_DAY, days: 2, language: 'zh' });
    expect(file.name).toBe('supervisor-report-2026-11-23_2026-11-24.xlsx');
    expect(file.encoding).toBe('base64');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['外访员', '团队', '每日', '2026-11-23', '2026-11-24']);

    const officers = workbook.getWorksheet('外访员')!;
    expect(officers.getCell('A1').value).toBe('主管报表，2026-11-23 至 2026-11-24');
    const header = (officers.getRow(2).values as unknown[]).slice(1);
    expect(header.slice(0, 7)).toEqual(['外访员编号', '外访员', '团队', '已安排', '完成', '失败', '未回报']);
    expect(header).toContain(translate('zh', 'outcome.result.refused'));
    const refusedColumn = header.indexOf('拒绝') + 1;
    const rowOf = (sheet: ExcelJS.Worksheet, first: string) =>
      [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === first)!;
    const line = rowOf(officers, route.officerId);
    expect([line.getCell(4).value, line.getCell(5).value, line.getCell(6).value, line.getCell(7).value]).toEqual([
      route.stops.length,
      0,
      1,
      route.stops.length - 1,
    ]);
    expect(line.getCell(refusedColumn).value).toBe(1);
    expect(line.getCell(header.indexOf('方案工作时长（分钟）') + 1).value).toBe(Math.round(route.workingSec / 60));
    const total = rowOf(officers, '合计');
    expect(total.getCell(4).value).toBe(plan.stats.assignedCount);

    const days = workbook.getWorksheet('每日')!;
    expect(rowOf(days, '2026-11-24').getCell(2).value).toBe('否');
    expect(rowOf(days, TEST_DAY).getCell(2).value).toBe('是');

    const audited = ws.db.prepare(`SELECT entity_id FROM audit_log WHERE action = 'export.supervisorReport'`).pluck().all();
    expect(audited).toEqual(['2026-11-23..2026-11-24']);
  });

  it('writes English headings and one sheet each for a single day', async () => {
    const { file } = await api['reports.supervisorXlsx']({ from: TEST_DAY, days: 1, language: 'en' });
    expect(file.name).toBe('supervisor-report-2026-11-23.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Officers', 'Teams', 'Days']);
    expect((workbook.getWorksheet('Teams')!.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['Team', 'Officers', 'Planned', 'Done']);
  });
});
