import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';

const DATE = '2026-11-23';

describe('dispatch officer availability and officer day', () => {
  const tempDir = useTempDir();

  it('imports an availability file, sets one day, and says which planned day now needs attention', async () => {
    const dir = tempDir();
    const db = await plannedDemoWorkspace(dir, { date: DATE, visits: 16, officers: 3, seed: 5 });
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')) as { routes: { officer_id: string }[] };
    const routed = plan.routes[0].officer_id;
    const run = (...args: string[]) => runCliCaptured(args);

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, `工号,日期,是否出勤\n${routed},${DATE},休假\nOF-999,${DATE},休假\n`);
    const refused = await run('officer', 'availability', '--db', db, '--file', bad);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('line 3');
    expect(refused.stdout).toContain('There is no officer OF-999 on the roster');
    expect(refused.stderr).toContain('nothing was imported');

    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(good, `officer_id,date,available,note\n${routed},${DATE},off,annual leave\n`);
    expect((await run('officer', 'availability', '--db', db, '--file', good, '--dry-run')).code).toBe(0);
    const stored = await run('officers', 'availability', '--db', db, '--file', good);
    expect(stored.code, stored.stderr).toBe(0);
    expect(stored.stdout).toContain(`The plan for ${DATE} now needs attention`);

    const shift = await run('officer', 'day', '--db', db, '--id', routed, '--date', DATE, '--shift', '08:00-12:00');
    expect(shift.code, shift.stderr).toBe(0);
    expect(shift.stdout).toMatch(new RegExp(`\\(${routed}\\) works 08:00-12:00 on ${DATE}\\.`));
    const both = await run('officer', 'day', '--db', db, '--id', routed, '--date', DATE, '--off', '--shift', '08:00-12:00');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--off cannot go with --shift or --start');
    const badStart = await run('officer', 'day', '--db', db, '--id', routed, '--date', DATE, '--start', 'home');
    expect(badStart.stderr).toContain('--start must be like 31.23,121.47 (got "home")');
    const usual = await run('officer', 'day', '--db', db, '--id', routed, '--date', DATE, '--clear', '--lang', 'zh');
    expect(usual.stdout).toContain(`${DATE} 按名单正常出勤。`);
  }, 60_000);
});
