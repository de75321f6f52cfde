import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySolomon } from '../../../shared/benchmark/verify-solomon';
import { TRADE_AT } from '../../../shared/solver/exchange';
import { solveVrptw, type VrptwSolution } from '../../../shared/solver/vrptw-solve';
import { solveVrptwSideBySide } from '../../../electron/backend/solver-worker/vrptw-runner';
import { replayTrades } from '../../support/replay-trades';
import { tightInstance } from '../../shared/solver/tight-instance';

// Vitest cannot start a TypeScript worker, so the worker entry is bundled first.
let dir = '';
let workerFile = '';
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vrptw-worker-'));
  workerFile = path.join(dir, 'vrptw-worker.mjs');
  await build({
    entryPoints: ['electron/backend/solver-worker/vrptw-worker.ts'],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const better = (a: VrptwSolution, b: VrptwSolution): VrptwSolution =>
  b.vehicles < a.vehicles || (b.vehicles === a.vehicles && b.travel < a.travel) ? b : a;

describe('solveVrptwSideBySide', () => {
  it('runs cooperating searches in worker threads: they trade plans as replayed in one thread, and the best passes the checker', async () => {
    const instance = tightInstance(60, 4);
    const solution = await solveVrptwSideBySide(instance, { workerFile, searches: 2, seed: 3, maxIterations: 600 });
    const check = verifySolomon(instance, { routes: solution.routes.map((r) => r.map((i) => instance.customers[i].id)) });
    expect(check.ok).toBe(true);
    expect(check.vehicles).toBe(solution.vehicles);
    const inline = replayTrades(2, TRADE_AT, (i, exchange) => solveVrptw(instance, { seed: 3 + i, maxIterations: 600, exchange }));
    expect(inline.adopted).toBeGreaterThan(0);
    expect(solution).toEqual(inline.results.reduce(better));
  });
});
