import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';

const DATE = '2026-11-23';

describe('dispatch outcomes import', () => {
  const tempDir = useTempDir();

  it('checks an officers’ returns file, stores it whole, and refuses one with a bad row naming line and column', async () => {
    const dir = tempDir();
    const db = await plannedDemoWorkspace(dir, { date: DATE, visits: 20, officers: 2, seed: 4 });
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')) as { routes: { stops: { visit_id: string }[] }[] };
    const [a, b] = plan.routes.flatMap((r) => r.stops.map((s) => s.visit_id));
    const run = (...args: string[]) => runCliCaptured(args);

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, `visit_id,outcome,result\n${a},done,paid\n${b},done,not_at_home\n`);
    const dry = await run('outcomes', 'import', '--db', db, '--file', bad, '--dry-run');
    expect(dry.code).toBe(2);
    const refused = await run('outcomes', 'import', '--db', db, '--file', bad);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('line 3');
    expect(refused.stdout).toContain('"not at home" means the visit did not take place');
    expect(refused.stderr).toContain('nothing was imported');

    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(good, `走访编号,走访结果,结果明细\n${a},完成,已还款\n${b},失败,不在家\n`);
    const stored = await run('outcomes', 'import', '--db', db, '--file', good, '--lang', 'zh');
    expect(stored.code, stored.stderr).toBe(0);
    expect(stored.stdout).toContain('走访结果');
    const checked = JSON.parse((await run('check', '--db', db, '--date', DATE, '--json')).stdout) as { problems: unknown[] };
    expect(checked.problems).toEqual([]);
    expect((await run('outcomes', 'list', '--db', db)).code).toBe(2);
  }, 60_000);
});
