// Worker-thread entry: solves one planning request with the dispatch planner and reports progress.
// The UI and the back end stay responsive while it runs; cancelling flips a shared flag the
// planner polls between rounds, and it then returns its best plan so far.
import { parentPort } from 'node:worker_threads';
import { dispatchPlanner } from '../../../shared/solver';
import { boardExchange, markStopped } from './exchange-board';
import { epochNow, type WorkerJob, type WorkerMessage } from './messages';

/** Progress is relayed at most this often (the planner reports every improvement). */
const PROGRESS_EVERY_MS = 100;

const port = parentPort;
if (port) {
  port.once('message', (job: WorkerJob) => {
    const cancelled = new Int32Array(job.cancel);
    let lastPostMs = -Infinity;
    const post = (message: WorkerMessage): void => port.postMessage(message);
    try {
      const result = dispatchPlanner.plan(job.request, {
        seed: job.seed,
        maxIterations: job.maxIterations,
        deadline: job.endsAtEpochMs === undefined ? undefined : { now: epochNow, atMs: job.endsAtEpochMs },
        isCancelled: () => Atomics.load(cancelled, 0) === 1,
        exchange: boardExchange(job.seat),
        onProgress: (progress) => {
          const now = performance.now();
          if (now - lastPostMs < PROGRESS_EVERY_MS && progress.fraction < 1) return;
          lastPostMs = now;
          post({ type: 'progress', progress });
        },
      });
      markStopped(job.seat);
      post({ type: 'done', result });
    } catch (error) {
      markStopped(job.seat);
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
}
