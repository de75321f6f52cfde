import type { LocalDate } from '../../../shared/domain';
import { AppError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';

/** The running solve or re-optimisation of each day, so a dispatcher can stop it. */
export interface PlanJobs {
  /** Runs `work` as the date's job; refuses while another job of the date runs. */
  run<T>(date: LocalDate, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Asks the date's running job to stop; false when none runs. */
  cancel(date: LocalDate): boolean;
  isRunning(date: LocalDate): boolean;
}

export function createPlanJobs(): PlanJobs {
  const running = new Map<LocalDate, AbortController>();
  return {
    async run(date, work) {
      if (running.has(date)) throw planningBusy(date);
      const controller = new AbortController();
      running.set(date, controller);
      try {
        return await work(controller.signal);
      } finally {
        running.delete(date);
      }
    },
    cancel(date) {
      const controller = running.get(date);
      if (!controller || controller.signal.aborted) return false;
      controller.abort();
      return true;
    },
    isRunning: (date) => running.has(date),
  };
}

/** Refusal while a day is being planned: the plan about to be saved would hide the change. */
export function planningBusy(date: LocalDate): AppError {
  return new AppError('conflict', message('workspace.planningBusy', { date }));
}
