import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';

const DATE = '2026-11-23';

describe('dispatch report supervisor', () => {
  const tempDir = useTempDir();

  it('writes the week’s supervisor report as a workbook in the language asked for, with the outcomes reported', async () => {
    const dir = tempDir();
    const db = await plannedDemoWorkspace(dir, { date: DATE, visits: 12, officers: 2, seed: 4 });
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')) as { routes: { stops: { visit_id: string }[] }[] };
    const routed = plan.routes.flatMap((r) => r.stops.map((s) => s.visit_id));
    const [a, b] = routed;
    const run = (...args: string[]) => runCliCaptured(args);
    const returns = path.join(dir, 'returns.csv');
    fs.writeFileSync(returns, `visit_id,outcome,result\n${a},done,paid\n${b},failed,not_at_home\n`);
    expect((await run('outcomes', 'import', '--db', db, '--file', returns)).code).toBe(0);

    const out = path.join(dir, 'reports', 'week.xlsx');
    const written = await run('report', 'supervisor', '--db', db, '--from', DATE, '--days', '7', '--out', out, '--lang', 'zh');
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe(`2026-11-23 至 2026-11-29 的主管报表已写入 ${out}。\n`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(3 + 7);
    const officers = workbook.getWorksheet('外访员')!;
    const total = [...Array(officers.rowCount).keys()].map((i) => officers.getRow(i + 1)).find((r) => r.getCell(1).value === '合计')!;
    // Planned, done, failed, not reported.
    expect([4, 5, 6, 7].map((c) => total.getCell(c).value)).toEqual([routed.length, 1, 1, routed.length - 2]);

    const tooLong = await run('report', 'supervisor', '--db', db, '--from', DATE, '--days', '40', '--out', out);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toContain('--days');
    expect((await run('report', 'weekly', '--db', db)).code).toBe(2);
  }, 60_000);
});
