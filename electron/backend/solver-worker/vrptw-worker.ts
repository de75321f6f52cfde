// Worker-thread entry for the benchmark solver: one search of a Solomon or Gehring–Homberger
// instance, trading its best plan with the other searches through the shared board.
import { parentPort } from 'node:worker_threads';
import { solveVrptw } from '../../../shared/solver/vrptw-solve';
import { boardExchange, markStopped } from './exchange-board';
import type { VrptwJob, VrptwMessage } from './vrptw-messages';

const port = parentPort;
if (port) {
  port.once('message', (job: VrptwJob) => {
    const post = (message: VrptwMessage): void => port.postMessage(message);
    try {
      const startMs = performance.now();
      const solution = solveVrptw(job.instance, {
        seed: job.seed,
        maxIterations: job.maxIterations,
        deadline: job.budgetMs === undefined ? undefined : { now: () => performance.now(), atMs: startMs + job.budgetMs },
        exchange: boardExchange(job.seat),
      });
      markStopped(job.seat);
      post({ type: 'done', solution });
    } catch (error) {
      markStopped(job.seat);
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
}
