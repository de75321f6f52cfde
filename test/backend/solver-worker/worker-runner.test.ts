import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanRequest } from '../../../shared/domain';
import { verifyPlan } from '../../../shared/logic/verify-plan';
import { dispatchPlanner } from '../../../shared/solver';
import { randomDay } from '../../shared/solver/random-day';
import { cheapestPlan, createWorkerRunPlanner } from '../../../electron/backend/solver-worker/worker-runner';
import { SPLIT_AT, TRADE_AT } from '../../../shared/solver/exchange';
import { replayTrades } from '../../support/replay-trades';

// Vitest cannot start a TypeScript worker, so the worker entry is bundled the way the app ships it.
let dir = '';
let workerFile = '';
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-worker-'));
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

describe('createWorkerRunPlanner', () => {
  it('plans in worker threads that trade best plans, reports progress, and is reproducible', async () => {
    const request = randomDay(60, 6, 3);
    const run = createWorkerRunPlanner({ workerFile, workers: 2 });
    const progress: number[] = [];
    const result = await run(dispatchPlanner, request, {
      seed: 5,
      maxIterations: 200,
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p.fraction),
    });
    expect(verifyPlan(request, result).ok).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    // The same as two searches (seeds 5 and 6) trading in this thread at the same rounds.
    const inline = replayTrades(2, TRADE_AT, (i, exchange) => dispatchPlanner.plan(request, { seed: 5 + i, maxIterations: 200, exchange }));
    expect(inline.adopted).toBeGreaterThan(0);
    expect(result).toEqual(cheapestPlan(inline.results));
  });

  // Days on which a restatement of the objective without the compact or change price picked the
  // worse of the two searches: the solver's own cost must decide.
  it.each([
    ['compact routes', { ...randomDay(60, 6, 3), objective: { kind: 'compact' as const } }],
    ['re-optimisation', reoptimising(randomDay(60, 6, 10))],
  ])('keeps the plan the solver prices lower (%s)', async (_name, request) => {
    const run = createWorkerRunPlanner({ workerFile, workers: 2, at: [] });
    const result = await run(dispatchPlanner, request, { seed: 10, maxIterations: 150, signal: new AbortController().signal });
    const [first, second] = [10, 11].map((seed) => dispatchPlanner.plan(request, { seed, maxIterations: 150 }));
    expect(first.cost).not.toBe(second.cost);
    expect(result).toEqual(first.cost! < second.cost! ? first : second);
  });

  it('splits a day between the workers and puts the shares together, reproducibly', async () => {
    const request = randomDay(240, 10, 6);
    const run = createWorkerRunPlanner({ workerFile, workers: 2, at: SPLIT_AT, split: true });
    const result = await run(dispatchPlanner, request, { seed: 2, maxIterations: 600, signal: new AbortController().signal });
    expect(verifyPlan(request, result).ok).toBe(true);
    // The same as two searches (seeds 2 and 3) sharing the day in this thread; both end on one plan.
    const inline = replayTrades(
      2,
      SPLIT_AT,
      (i, exchange) => dispatchPlanner.plan(request, { seed: 2 + i, maxIterations: 600, exchange }),
      true,
    );
    expect(inline.results[1]).toEqual(inline.results[0]);
    expect(result).toEqual(inline.results[0]);
  });

  it('stops a split search when cancelled, without waiting at a trade, and keeps a whole plan', async () => {
    const request = randomDay(300, 12, 4);
    const run = createWorkerRunPlanner({ workerFile, workers: 2, at: SPLIT_AT, split: true });
    const controller = new AbortController();
    const started = performance.now();
    let improving = 0;
    const result = await run(dispatchPlanner, request, {
      seed: 1,
      signal: controller.signal,
      deadline: { now: () => performance.now(), atMs: performance.now() + 60_000 },
      onProgress: (p) => {
        if (p.phase === 'improve' && ++improving === 20) controller.abort();
      },
    });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(verifyPlan(request, result).ok).toBe(true);
    expect(result.routes.reduce((n, r) => n + r.stops.length, 0) + result.unassigned.length).toBe(request.visits.length);
  });

  it('stops when cancelled and keeps the best plan so far', async () => {
    const request = randomDay(300, 12, 4);
    const run = createWorkerRunPlanner({ workerFile, workers: 2 });
    const controller = new AbortController();
    const started = performance.now();
    const result = await run(dispatchPlanner, request, {
      seed: 1,
      signal: controller.signal,
      deadline: { now: () => performance.now(), atMs: performance.now() + 60_000 },
      onProgress: (p) => {
        if (p.phase === 'improve') controller.abort();
      },
    });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(verifyPlan(request, result).ok).toBe(true);
    expect(result.routes.length).toBeGreaterThan(0);
  });
});

/** The day re-planned from a first plan of it, as "re-optimise" does (moving a visit is priced). */
function reoptimising(request: PlanRequest): PlanRequest {
  const first = dispatchPlanner.plan(request, { seed: 1, maxIterations: 50 });
  return { ...request, startFrom: first.routes.map((r) => ({ officerId: r.officerId, visitIds: r.stops.map((s) => s.visitId) })) };
}
