import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';

const DATE = '2026-11-23';

describe('dispatch officer absent', () => {
  const tempDir = useTempDir();

  it('hands an officer’s remaining visits over and says how many found an officer; a bad time is named', async () => {
    const dir = tempDir();
    const db = await plannedDemoWorkspace(dir, { date: DATE, visits: 24, officers: 8, seed: 2 });
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')) as {
      routes: { officer_id: string; stops: { visit_id: string; start: string }[] }[];
    };
    const route = [...plan.routes].sort((a, b) => b.stops.length - a.stops.length)[0];
    const run = (...args: string[]) => runCliCaptured(args);
    const absent = await run('officer', 'absent', '--db', db, '--id', route.officer_id, '--date', DATE, '--from', '00:00');
    expect(absent.code, absent.stderr).toBe(0);
    expect(absent.stdout).toMatch(new RegExp(`^Handed ${route.stops.length} visits? of .+ over to the others; \\d+ found an officer\\.`));
    const again = await run('officer', 'absent', '--db', db, '--id', route.officer_id, '--date', DATE, '--from', '00:00');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`Officer ${route.officer_id} has no`);
    const badTime = await run('officer', 'absent', '--db', db, '--id', route.officer_id, '--date', DATE, '--from', 'noon');
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toContain('--from must be a time like 11:00 (got "noon").');
  }, 60_000);
});
