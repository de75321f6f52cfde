import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';

const DATE = '2026-11-23';

describe('dispatch followups', () => {
  const tempDir = useTempDir();

  it('lists the follow-ups an officers’ returns file called for as JSON, and approves them into visits', async () => {
    const dir = tempDir();
    const db = await plannedDemoWorkspace(dir, { date: DATE, visits: 20, officers: 3, seed: 6 });
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')) as { routes: { stops: { visit_id: string }[] }[] };
    const [a, b] = plan.routes.flatMap((r) => r.stops.map((s) => s.visit_id));
    const returns = path.join(dir, 'returns.csv');
    fs.writeFileSync(returns, `visit_id,outcome,result,arrived_at\n${a},failed,not_at_home,15:00\n${b},failed,wrong_address,\n`);
    const run = (...args: string[]) => runCliCaptured(args);
    expect((await run('outcomes', 'import', '--db', db, '--file', returns)).code).toBe(0);

    const listed = await run('followups', 'list', '--db', db, '--json');
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      {
        visit_id: null,
        from_visit_id: a,
        rule: 'not_at_home',
        kind: 'follow-up',
        earliest_date: '2026-11-25',
        latest_date: '2026-11-28',
        status: 'proposed',
      },
      { visit_id: null, from_visit_id: b, rule: 'wrong_address', kind: null, earliest_date: null, latest_date: null, status: 'flagged' },
    ]);
    expect((await run('followups', 'approve', '--db', db)).code).toBe(2);
    const approved = await run('followups', 'approve', '--db', db, '--all');
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toBe(`Approved 1 follow-up: ${a}-F1.\n`);
    const onDay = JSON.parse((await run('followups', 'list', '--db', db, '--date', '2026-11-26', '--json')).stdout);
    expect(onDay).toEqual([expect.objectContaining({ visit_id: `${a}-F1`, status: 'approved' })]);
  }, 60_000);
});
