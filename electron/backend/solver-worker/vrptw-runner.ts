import { TRADE_AT } from '../../../shared/solver/exchange';
import type { VrptwInstance } from '../../../shared/solver/vrptw-problem';
import type { VrptwSolution } from '../../../shared/solver/vrptw-solve';
import { boardSeats, markStopped } from './exchange-board';
import type { VrptwJob, VrptwMessage } from './vrptw-messages';
import { runWorkerJob } from './worker-runner';

export interface SideBySideOptions {
  /** The worker entry: `vrptw-worker.ts` under tsx, or a bundle of it. */
  workerFile: string | URL;
  /** Searches side by side, one worker thread each, with seeds seed, seed + 1, …. */
  searches: number;
  seed: number;
  /** Milliseconds of search per worker; ignored when `maxIterations` is given. */
  budgetMs?: number;
  maxIterations?: number;
  at?: readonly number[];
}

/**
 * Solves a benchmark instance with several cooperating searches in worker threads: they trade
 * best plans at `at` and the best final plan wins (fewest vehicles, then least travel, then the
 * lowest seed). With an iteration budget the result is reproducible, since every trade happens
 * after the same rounds in every search.
 */
export async function solveVrptwSideBySide(instance: VrptwInstance, options: SideBySideOptions): Promise<VrptwSolution> {
  const seats = boardSeats(Math.max(1, options.searches), instance.vehicles, instance.customers.length, options.at ?? TRADE_AT);
  const solutions = await Promise.all(
    seats.map((seat) =>
      runSearch(options.workerFile, {
        instance,
        seed: options.seed + seat.index,
        budgetMs: options.budgetMs,
        maxIterations: options.maxIterations,
        seat,
      }),
    ),
  );
  return solutions.reduce((best, next) =>
    next.vehicles < best.vehicles || (next.vehicles === best.vehicles && next.travel < best.travel) ? next : best,
  );
}

function runSearch(workerFile: string | URL, job: VrptwJob): Promise<VrptwSolution> {
  return runWorkerJob<VrptwMessage, VrptwSolution>(
    workerFile,
    job,
    (message) => (message.type === 'done' ? { done: message.solution } : { error: message.message }),
    () => markStopped(job.seat),
  );
}
