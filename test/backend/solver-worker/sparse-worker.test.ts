import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanRequest, TravelMatrix } from '../../../shared/domain';
import { verifyPlan } from '../../../shared/logic/verify-plan';
import { dispatchPlanner } from '../../../shared/solver';
import { createWorkerRunPlanner } from '../../../electron/backend/solver-worker/worker-runner';
import { randomDay } from '../../shared/solver/random-day';
import { sparseFromMatrix } from '../../support/sparse-from-matrix';

// Vitest cannot start a TypeScript worker, so the worker entry is bundled the way the app ships it.
let dir = '';
let workerFile = '';
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-sparse-worker-'));
  workerFile = path.join(dir, 'solve-worker.mjs');
  await build({
    entryPoints: ['electron/backend/solver-worker/solve-worker.ts'],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a large day in worker threads', () => {
  it('hands the fetched pairs to the workers (in shared memory), which plan as well as on the full matrix', async () => {
    const dense = randomDay(60, 6, 3);
    const sparse: PlanRequest = { ...dense, matrix: sparseFromMatrix(dense.matrix as TravelMatrix) };
    const run = createWorkerRunPlanner({ workerFile, workers: 2 });
    const options = { seed: 5, maxIterations: 200, signal: new AbortController().signal };
    const fromDense = await run(dispatchPlanner, dense, options);
    const fromSparse = await run(dispatchPlanner, sparse, options);
    expect(verifyPlan(sparse, fromSparse).ok).toBe(true);
    expect(verifyPlan(dense, fromSparse).ok).toBe(true);
    expect(fromSparse.unassigned.length).toBeLessThanOrEqual(fromDense.unassigned.length + 1);
    expect(fromSparse.cost!).toBeLessThan(fromDense.cost! * 1.05);
  });
});
