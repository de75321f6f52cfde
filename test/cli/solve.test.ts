import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSolomon } from '../../shared/benchmark/solomon-instance';
import { verifySolomon } from '../../shared/benchmark/verify-solomon';
import { runCliCaptured } from '../support/cli-harness';
import { useTempDir } from '../support/temp-dir';

// A made-up 6-customer instance in Solomon's format (two clusters, capacity for three each).
const INSTANCE = `SIX

VEHICLE
NUMBER     CAPACITY
  4          30

CUSTOMER
CUST NO.   XCOORD.   YCOORD.    DEMAND   READY TIME   DUE DATE   SERVICE TIME

    0         50      50           0       0        400           0
    1         10      10          10       0        300          10
    2         12      10          10       0        300          10
    3         10      12          10       0        300          10
    4         90      90          10       0        300          10
    5         88      90          10       0        300          10
    6         90      88          10       0        300          10
`;

describe('dispatch solve --format solomon', () => {
  const tempDir = useTempDir();

  it('prints vehicles, distance and routes of customer numbers, and the solution passes the checker', async () => {
    const file = path.join(tempDir(), 'six.txt');
    fs.writeFileSync(file, INSTANCE);
    const { code, stdout } = await runCliCaptured([
      'solve',
      '--format',
      'solomon',
      file,
      '--iterations',
      '300',
      '--seed',
      '2',
      '--threads',
      '1',
    ]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { vehicles: number; distance: number; routes: number[][] };
    expect(printed.vehicles).toBe(2);
    expect(printed.routes.flat().sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const check = verifySolomon(parseSolomon(INSTANCE), { routes: printed.routes });
    expect(check.ok).toBe(true);
    expect(printed.distance).toBeCloseTo(check.distance, 2);
  });

  it('gives the same answer for the same seed and iteration budget', async () => {
    const file = path.join(tempDir(), 'six.txt');
    fs.writeFileSync(file, INSTANCE);
    const args = ['solve', '--format', 'solomon', file, '--iterations', '200', '--seed', '7', '--threads', '1'];
    expect((await runCliCaptured(args)).stdout).toBe((await runCliCaptured(args)).stdout);
  });

  it('by default runs two cooperating searches in worker threads (the real CLI under tsx), reproducibly', () => {
    const file = path.join(tempDir(), 'six.txt');
    fs.writeFileSync(file, INSTANCE);
    const args = ['--import', 'tsx', 'electron/cli/main.ts', 'solve', '--format', 'solomon', file, '--iterations', '300', '--seed', '2'];
    const run = (): string => execFileSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 });
    const first = run();
    const printed = JSON.parse(first) as { vehicles: number; distance: number; routes: number[][] };
    expect(printed.vehicles).toBe(2);
    expect(verifySolomon(parseSolomon(INSTANCE), { routes: printed.routes }).ok).toBe(true);
    expect(run()).toBe(first);
  });

  it('refuses an unknown format, a missing file and a malformed row with exit code 2', async () => {
    const dir = tempDir();
    expect((await runCliCaptured(['solve', '--format', 'tsplib', 'x.txt'])).code).toBe(2);
    const missing = await runCliCaptured(['solve', '--format', 'solomon', path.join(dir, 'none.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read/);
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(bad, INSTANCE.replace('    3         10      12          10       0        300          10', '    3 10 12'));
    const malformed = await runCliCaptured(['solve', '--format', 'solomon', bad]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/Line 13/);
  });
});
