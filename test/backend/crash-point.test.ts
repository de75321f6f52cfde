import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crashPoint } from '../../electron/backend/crash-point';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('crashPoint', () => {
  it('does nothing when no crash is asked for', () => {
    expect(process.env.DISPATCH_CRASH_AT).toBeUndefined();
    for (let i = 0; i < 3; i++) crashPoint('rows.upsert');
  });

  it('kills the process on the n-th hit of its name, and not before', () => {
    const script = `import { crashPoint } from './electron/backend/crash-point.ts';
for (let i = 1; i <= 3; i++) { crashPoint('other'); crashPoint('rows.upsert'); process.stdout.write('passed ' + i + ';'); }`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      env: { ...process.env, DISPATCH_CRASH_AT: 'rows.upsert:2' },
      encoding: 'utf8',
    });
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toBe('passed 1;');
  }, 20_000);

  it('holds the process on the n-th hit for the time asked, saying so, then goes on', () => {
    const script = `import { crashPoint } from './electron/backend/crash-point.ts';
const at = Date.now(); for (let i = 1; i <= 2; i++) crashPoint('plan.route'); process.stdout.write(String(Date.now() - at));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      env: { ...process.env, DISPATCH_HOLD_AT: 'plan.route:2:300' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('held plan.route\n');
    expect(Number(run.stdout)).toBeGreaterThanOrEqual(290);
  }, 20_000);
});
