import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlanProgress, PlanResult, TravelMatrix } from '../../../shared/domain';
import { dispatchPlanner } from '../../../shared/solver';
import { runPlannerInline, type RunPlanner } from '../services/planner-runner';
import type { WorkerJob, WorkerMessage } from './messages';
import { comparePlans } from './pick-best';

export interface WorkerRunnerOptions {
  /** The worker entry: the bundled `solve-worker.cjs` in the app, `solve-worker.ts` under tsx. */
  workerFile: string | URL;
  /** Workers solving side by side with seeds seed, seed + 1, …; the best plan wins. */
  workers?: number;
}

/**
 * Runs the dispatch planner off the calling thread: `workers` worker threads search the same day
 * from different seeds (the travel matrix is shared memory, not copied), progress reports the best
 * of them, cancelling stops all and keeps the best plan so far. With an iteration budget the
 * result is still reproducible: each worker is, and the pick is by cost with a fixed tie order.
 * Other planners run inline.
 */
export function createWorkerRunPlanner({ workerFile, workers = 2 }: WorkerRunnerOptions): RunPlanner {
  return async (planner, request, options) => {
    if (planner.name !== dispatchPlanner.name) return runPlannerInline(planner, request, options);
    const shared = { ...request, matrix: shareMatrix(request.matrix) };
    const cancel = new SharedArrayBuffer(4);
    const flag = new Int32Array(cancel);
    const stop = (): void => {
      Atomics.store(flag, 0, 1);
    };
    if (options.signal.aborted) stop();
    options.signal.addEventListener('abort', stop, { once: true });
    const budgetMs = options.maxIterations === undefined && options.deadline
      ? Math.max(0, options.deadline.atMs - options.deadline.now()) : undefined;
    const latest: (PlanProgress | undefined)[] = [];
    const onProgress = (index: number, progress: PlanProgress): void => {
      latest[index] = progress;
      const known = latest.filter((p): p is PlanProgress => p !== undefined);
      const best = known.reduce((a, b) => (b.bestCost < a.bestCost || (b.bestCost === a.bestCost && b.assigned > a.assigned) ? b : a));
      options.onProgress?.({ ...best, fraction: Math.min(...known.map((p) => p.fraction)) });
    };
    try {
      const results = await Promise.all(Array.from({ length: Math.max(1, workers) }, (_, i) => runOne(workerFile, {
        request: shared, seed: options.seed + i, budgetMs, maxIterations: options.maxIterations, cancel,
      }, (p) => onProgress(i, p))));
      return results.reduce((best, next) => (comparePlans(request, next, best) < 0 ? next : best));
    } finally {
      options.signal.removeEventListener('abort', stop);
    }
  };
}

function runOne(workerFile: string | URL, job: WorkerJob, onProgress: (p: PlanProgress) => void): Promise<PlanResult> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(workerFile);
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') finish(() => resolve(message.result));
      else finish(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`The planning worker stopped unexpectedly (exit ${code}).`))));
    worker.postMessage(job);
  });
}

/**
 * A worker from a bundled `.cjs`/`.mjs` file, or, from TypeScript source (tsx in development),
 * through a tiny bootstrap that registers tsx's loader in the worker first.
 */
function startWorker(workerFile: string | URL): Worker {
  const href = workerFile instanceof URL ? workerFile.href : pathToFileURL(workerFile).href;
  if (!href.endsWith('.ts')) return new Worker(workerFile);
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** Copies the matrix into shared memory once, so every worker reads the same bytes. */
function shareMatrix(matrix: TravelMatrix): TravelMatrix {
  const share = (values: Int32Array): Int32Array => {
    if (values.buffer instanceof SharedArrayBuffer) return values;
    const copy = new Int32Array(new SharedArrayBuffer(values.byteLength));
    copy.set(values);
    return copy;
  };
  const durationSec: TravelMatrix['durationSec'] = {};
  for (const [mode, values] of Object.entries(matrix.durationSec)) {
    if (values) durationSec[mode as keyof TravelMatrix['durationSec']] = share(values);
  }
  return { ...matrix, distanceM: share(matrix.distanceM), durationSec };
}
