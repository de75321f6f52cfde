import { useCallback, useState } from 'react';
import type { EventPayload } from '../../../shared/api/contract';
import { useApiEvent } from '../../api/useApiEvent';
import { useApiMutation } from '../../api/useApiMutation';

export type ProgressEvent = EventPayload<'plans.progress'>;

/** What the progress bar shows: the latest event and whether the best cost just got better. */
export interface SolveProgress {
  latest: ProgressEvent | null;
  isImproving: boolean;
}

/**
 * Follows `plans.progress` for the day (a solve or a re-optimisation: one runs at a time) and
 * offers the cancel that makes the back end stop and keep its best plan so far.
 */
export function useSolveProgress(date: string | null) {
  const [progress, setProgress] = useState<SolveProgress>({ latest: null, isImproving: false });
  const cancelCall = useApiMutation('plans.cancel');

  useApiEvent('plans.progress', (event) => {
    if (event.date !== date) return;
    setProgress((p) => ({
      latest: event,
      isImproving: event.bestCost !== undefined && p.latest?.bestCost !== undefined && event.bestCost < p.latest.bestCost,
    }));
  });

  const reset = useCallback(() => setProgress({ latest: null, isImproving: false }), []);
  const { run: runCancel } = cancelCall;
  const cancel = useCallback(async () => {
    if (date !== null) await runCancel({ date });
  }, [date, runCancel]);

  return { progress, reset, cancel, isCancelling: cancelCall.isBusy, cancelError: cancelCall.error };
}
