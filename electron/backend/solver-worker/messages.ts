import type { PlanProgress, PlanRequest, PlanResult } from '../../../shared/domain';
import type { BoardSeat } from './exchange-board';

/** What the back end sends a solve worker: one request, its seed and budget, and the cancel flag. */
export interface WorkerJob {
  request: PlanRequest;
  seed: number;
  /** Milliseconds of search on the worker's own clock; absent when `maxIterations` rules. */
  budgetMs?: number;
  maxIterations?: number;
  /** One Int32 set to 1 to cancel. */
  cancel: SharedArrayBuffer;
  /** This search's seat at the exchange board shared by the searches of this request. */
  seat: BoardSeat;
}

/** What a solve worker sends back. */
export type WorkerMessage =
  | { type: 'progress'; progress: PlanProgress }
  | { type: 'done'; result: PlanResult }
  | { type: 'error'; message: string };
