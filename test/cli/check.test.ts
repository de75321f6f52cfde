import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSupervisor, CLI_SUPERVISOR, plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';

const DATE = '2026-11-23';
const run = (...args: string[]) => runCliCaptured(args);

describe('the pre-dispatch check', () => {
  let dir: string;
  let db: string;

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-check-'));
    db = await plannedDemoWorkspace(dir, { date: DATE, visits: 30, officers: 3, seed: 5 });
    await addSupervisor(db);
  }, 60_000);

  it('passes a plan just made under the rules in force', async () => {
    const clean = await run('check', '--db', db, '--date', DATE);
    expect(clean.code, clean.stdout).toBe(0);
    expect(clean.stdout).toBe('The plan for 2026-11-23 breaks no rule (checked under visiting rules version 1).\n');
  });

  it('lists what the next rules version refuses (exit 3), while the plan stays checkable under the version it was made under', async () => {
    const rulesFile = path.join(dir, 'rules.json');
    expect((await run('rules', 'export', '--db', db, '--out', rulesFile)).code).toBe(0);
    const file = JSON.parse(fs.readFileSync(rulesFile, 'utf8'));
    file.rules.holidays = [DATE];
    fs.writeFileSync(rulesFile, JSON.stringify(file));
    const imported = await run('rules', 'import', '--db', db, '--file', rulesFile, '--user', CLI_SUPERVISOR, '--reason', 'Holiday');
    expect(imported.code, imported.stderr).toBe(0);

    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')) as {
      routes: { officer_id: string; stops: { visit_id: string }[] }[];
    };
    const routed = plan.routes.flatMap((r) => r.stops.map((s) => ({ visitId: s.visit_id, officerId: r.officer_id })));
    const json = await run('check', '--db', db, '--date', DATE, '--json');
    expect(json.code).toBe(3);
    const check = JSON.parse(json.stdout);
    expect(check).toMatchObject({ date: DATE, planRulesVersion: 1, checkedVersion: 2 });
    expect(
      check.problems.map((p: { visitId: string; officerId: string }) => ({ visitId: p.visitId, officerId: p.officerId })).sort(byVisit),
    ).toEqual([...routed].sort(byVisit));
    expect(new Set(check.problems.map((p: { rule: string }) => p.rule))).toEqual(new Set(['public_holiday']));

    const zh = await run('check', '--db', db, '--date', DATE, '--lang', 'zh');
    expect(zh.code).toBe(3);
    expect(zh.stdout).toMatch(/^2026-11-23 的方案违反 \d+ 项规则（按走访规则第 2 版检查；方案依据 第 1 版）：\n/);
    expect(zh.stdout).toContain('法定节假日');

    const underOne = await run('check', '--db', db, '--date', DATE, '--rules-version', '1');
    expect(underOne.code).toBe(0);
    // Shorter Monday hours: visits planned later than the new hours allow are named, the others pass.
    file.rules.holidays = [];
    file.rules.hours.mon = ['08:00-11:00'];
    fs.writeFileSync(rulesFile, JSON.stringify(file));
    expect((await run('rules', 'import', '--db', db, '--file', rulesFile, '--user', CLI_SUPERVISOR, '--reason', 'Short day')).code).toBe(0);
    const shorter = JSON.parse((await run('check', '--db', db, '--date', DATE, '--json')).stdout);
    expect(shorter.checkedVersion).toBe(3);
    expect(shorter.problems.length).toBeGreaterThan(0);
    expect(shorter.problems.length).toBeLessThan(routed.length);
    for (const p of shorter.problems) expect(['permitted_hours', 'outside_permitted_hours']).toContain(p.rule);

    // A certificate nobody holds, now needed for collection visits: each routed one is named.
    file.rules.hours.mon = ['08:00-20:00'];
    file.rules.certificates = { verification: null, collection: 'cert-z', 'follow-up': null };
    fs.writeFileSync(rulesFile, JSON.stringify(file));
    expect((await run('rules', 'import', '--db', db, '--file', rulesFile, '--user', CLI_SUPERVISOR, '--reason', 'Certificates')).code).toBe(
      0,
    );
    const certified = JSON.parse((await run('check', '--db', db, '--date', DATE, '--json')).stdout);
    expect(certified.problems.length).toBeGreaterThan(0);
    for (const p of certified.problems) {
      expect(p.rule).toBe('certificate');
      expect(p.message.en).toMatch(/needs cert-z, which officer .+ does not hold on 2026-11-23/);
    }

    const unknown = await run('check', '--db', db, '--date', DATE, '--rules-version', '9');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no version 9 of the visiting rules/);
  });
});

function byVisit(a: { visitId: string }, b: { visitId: string }): number {
  return a.visitId.localeCompare(b.visitId);
}
