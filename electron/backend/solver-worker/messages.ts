import type { PlanProgress, PlanRequest, PlanResult } from '../../../shared/domain';
import type { BoardSeat } from './exchange-board';

/** What the back end sends a solve worker: one request, its seed and budget, and the cancel flag. */
export interface WorkerJob {
  request: PlanRequest;
  seed: number;
  /**
   * When the search must end, in milliseconds since the epoch on `epochNow()`'s clock (shared by
   * all threads, unlike `performance.now()`), so the time a worker takes to start is not added to
   * the budget; absent when `maxIterations` rules.
   */
  endsAtEpochMs?: number;
  maxIterations?: number;
  /** One Int32 set to 1 to cancel. */
  cancel: SharedArrayBuffer;
  /** This search's seat at the exchange board shared by the searches of this request. */
  seat: BoardSeat;
}

/** What a solve worker sends back. */
export type WorkerMessage =
  { type: 'progress'; progress: PlanProgress } | { type: 'done'; result: PlanResult } | { type: 'error'; message: string };

/** Milliseconds since the epoch, at `performance.now()` precision; the same clock in every thread. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}
