import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isSparseTravel, type DayTravel, type PlanProgress, type PlanResult } from '../../../shared/domain';
import { dispatchPlanner } from '../../../shared/solver';
import { runPlannerInline, type RunPlanner } from '../services/planner-runner';
import { epochNow, type WorkerJob, type WorkerMessage } from './messages';
import { boardSeats, markStopped } from './exchange-board';
import { cooperationFor } from '../../../shared/solver/exchange';

export interface WorkerRunnerOptions {
  /** The worker entry: the bundled `solve-worker.cjs` in the app, `solve-worker.ts` under tsx. */
  workerFile: string | URL;
  /** Workers solving side by side with seeds seed, seed + 1, …, trading plans at `at`; the best plan wins. */
  workers?: number;
  /** Trade fractions and whether to split the day; by default as `cooperationFor` the day's size. */
  at?: readonly number[];
  split?: boolean;
  /**
   * The error a planning call fails with when a worker dies before answering (an uncaught error in
   * it, or its exit); the app and the command line save a crash report here.
   */
  onCrash?: (crash: WorkerCrash) => Error;
}

/** A worker that died before answering: an uncaught error in it, or its exit with `exitCode`. */
export interface WorkerCrash {
  reason: 'error' | 'exit';
  exitCode: number | null;
  error?: unknown;
}

/**
 * Runs the dispatch planner off the calling thread: `workers` worker threads search the same day
 * from different seeds (the travel matrix is shared memory, not copied) and trade plans at fixed
 * budget fractions: on most days they race and go on from the best plan (`TRADE_AT`), on large
 * days each works on its share and the shares are put together (`SPLIT_AT`). Progress reports the
 * best of them; cancelling stops all and keeps the best plan so far. With an iteration budget the
 * result is still reproducible: every trade happens after the same rounds, and the final pick is
 * by the planner's own cost with a fixed tie order.
 * Other planners run inline.
 */
export function createWorkerRunPlanner({ workerFile, workers = 2, onCrash, ...chosen }: WorkerRunnerOptions): RunPlanner {
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
    const endsAtEpochMs =
      options.maxIterations === undefined && options.deadline
        ? epochNow() + Math.max(0, options.deadline.atMs - options.deadline.now())
        : undefined;
    const latest: (PlanProgress | undefined)[] = [];
    const onProgress = (index: number, progress: PlanProgress): void => {
      latest[index] = progress;
      const known = latest.filter((p): p is PlanProgress => p !== undefined);
      const best = known.reduce((a, b) => (b.bestCost < a.bestCost || (b.bestCost === a.bestCost && b.assigned > a.assigned) ? b : a));
      options.onProgress?.({ ...best, fraction: Math.min(...known.map((p) => p.fraction)) });
    };
    const cooperation = cooperationFor(request.visits.length);
    const at = chosen.at ?? cooperation.at;
    const split = chosen.split ?? (chosen.at === undefined && cooperation.split);
    const seats = boardSeats(Math.max(1, workers), request.officers.length, request.visits.length, at, split);
    try {
      const results = await Promise.all(
        seats.map((seat) =>
          runOne(
            workerFile,
            {
              request: shared,
              seed: options.seed + seat.index,
              endsAtEpochMs,
              maxIterations: options.maxIterations,
              cancel,
              seat,
            },
            (p) => onProgress(seat.index, p),
            onCrash,
          ),
        ),
      );
      return cheapestPlan(results);
    } finally {
      options.signal.removeEventListener('abort', stop);
    }
  };
}

/**
 * The plan with the lowest planner cost, the lower-numbered search on a tie: the solver's own
 * objective (compact and change prices included) decides, never a restatement of it.
 */
export function cheapestPlan(results: readonly PlanResult[]): PlanResult {
  return results.reduce((best, next) => ((next.cost ?? Infinity) < (best.cost ?? Infinity) ? next : best));
}

function runOne(
  workerFile: string | URL,
  job: WorkerJob,
  onProgress: (p: PlanProgress) => void,
  onCrash: WorkerRunnerOptions['onCrash'],
): Promise<PlanResult> {
  return runWorkerJob<WorkerMessage, PlanResult>(
    workerFile,
    job,
    (message) => {
      if (message.type === 'progress') {
        onProgress(message.progress);
        return undefined;
      }
      return message.type === 'done' ? { done: message.result } : { error: message.message };
    },
    () => markStopped(job.seat),
    onCrash,
  );
}

/**
 * Runs one job in a fresh worker: `read` turns each message into its result, its error, or
 * nothing yet (progress). `onGone` runs when the worker dies first: a search that died never
 * trades again, so the others must be told not to wait for it; the job then fails with the
 * error `onCrash` gives, or the worker's own.
 */
export function runWorkerJob<M, R>(
  workerFile: string | URL,
  job: unknown,
  read: (message: M) => { done: R } | { error: string } | undefined,
  onGone: () => void,
  onCrash?: (crash: WorkerCrash) => Error,
): Promise<R> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(workerFile);
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: M) => {
      const outcome = read(message);
      if (outcome === undefined) return;
      finish(() => ('done' in outcome ? resolve(outcome.done) : reject(new Error(outcome.error))));
    });
    const gone = (error: Error, crash: WorkerCrash): void =>
      finish(() => {
        onGone();
        reject(onCrash ? onCrash(crash) : error);
      });
    worker.on('error', (error) => gone(error, { reason: 'error', exitCode: null, error }));
    worker.on('exit', (code) =>
      gone(new Error(`The planning worker stopped unexpectedly (exit ${code}).`), { reason: 'exit', exitCode: code }),
    );
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

/** Copies the matrix (or a large day's fetched pairs) into shared memory once, so every worker reads the same bytes. */
function shareMatrix<T extends DayTravel>(matrix: T): T {
  const share = (values: Int32Array): Int32Array => {
    if (values.buffer instanceof SharedArrayBuffer) return values;
    const copy = new Int32Array(new SharedArrayBuffer(values.byteLength));
    copy.set(values);
    return copy;
  };
  const durationSec: DayTravel['durationSec'] = {};
  for (const [mode, values] of Object.entries(matrix.durationSec)) {
    if (values) durationSec[mode as keyof DayTravel['durationSec']] = share(values);
  }
  const rows = isSparseTravel(matrix) && { rowStart: share(matrix.rowStart), to: share(matrix.to) };
  return { ...matrix, ...rows, distanceM: share(matrix.distanceM), durationSec };
}
