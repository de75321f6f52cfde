import type { VrptwSolution } from '../../../shared/solver/vrptw-solve';
import type { VrptwInstance } from '../../../shared/solver/vrptw-problem';
import type { BoardSeat } from './exchange-board';

/** One search of a benchmark instance: its seed, budget and side of the exchange board. */
export interface VrptwJob {
  instance: VrptwInstance;
  seed: number;
  /** Milliseconds of search on the worker's own clock; absent when `maxIterations` rules. */
  budgetMs?: number;
  maxIterations?: number;
  /** This search's seat at the exchange board shared by the searches of this instance. */
  seat: BoardSeat;
}

export type VrptwMessage = { type: 'done'; solution: VrptwSolution } | { type: 'error'; message: string };
