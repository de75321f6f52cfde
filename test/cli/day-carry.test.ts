import { describe, expect, it } from 'vitest';
import { plannedDemoWorkspace, runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';

describe('dispatch day carry', () => {
  const tempDir = useTempDir();

  it('carries the unassigned visits to a later day, and refuses an earlier one', async () => {
    // More visits than two officers can make in a day.
    const db = await plannedDemoWorkspace(tempDir(), { date: '2026-11-23', visits: 40, officers: 2, seed: 7 });
    const run = (...args: string[]) => runCliCaptured(args);
    const earlier = await run('day', 'carry', '--db', db, '--from', '2026-11-23', '--to', '2026-11-22');
    expect(earlier.code).toBe(2);
    expect(earlier.stderr).toContain('2026-11-22 is not after 2026-11-23');
    const carried = await run('day', 'carry', '--db', db, '--from', '2026-11-23', '--to', '2026-11-25', '--lang', 'zh');
    expect(carried.code, carried.stderr).toBe(0);
    expect(carried.stdout).toMatch(/^已将 \d+ 个走访顺延到 2026-11-25。\n$/);
  }, 60_000);
});
