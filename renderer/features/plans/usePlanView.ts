import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanView } from '../../../shared/api/contract';
import { useApiClient } from '../../api/ApiProvider';
import { shareView } from './share-plan';

export interface PlanViewHandle {
  /** The day's current plan with undo/redo state; null when the day has no plan yet. */
  view: PlanView | null;
  isLoading: boolean;
  error: unknown;
  refetch(): Promise<void>;
  /** Shows a plan an edit, undo or re-optimisation returned, without asking the back end again. */
  apply(view: PlanView): void;
}

type State = { date: string | null; view: PlanView | null; error: unknown; isLoaded: boolean };

/**
 * The selected day's current plan. Answers are shared against the plan on screen (unchanged
 * routes keep their objects), and an answer older than the last applied edit is dropped.
 */
export function usePlanView(date: string | null): PlanViewHandle {
  const { api } = useApiClient();
  const [state, setState] = useState<State>({ date: null, view: null, error: null, isLoaded: false });
  const latest = useRef(0);

  const refetch = useCallback(async () => {
    if (date === null) return;
    const requestId = ++latest.current;
    try {
      const view = await api['plans.current']({ date });
      if (requestId !== latest.current) return;
      setState((s) => ({ date, view: view && shareView(s.date === date ? s.view : null, view), error: null, isLoaded: true }));
    } catch (error) {
      if (requestId === latest.current) setState((s) => ({ ...s, date, error, isLoaded: true }));
    }
  }, [api, date]);

  useEffect(() => {
    void refetch();
  }, [refetch]);

  const apply = useCallback(
    (view: PlanView) => {
      latest.current += 1;
      setState((s) => ({ date, view: shareView(s.date === date ? s.view : null, view), error: null, isLoaded: true }));
    },
    [date],
  );

  const isCurrent = state.date === date;
  return {
    view: isCurrent ? state.view : null,
    isLoading: date !== null && (!isCurrent || !state.isLoaded),
    error: isCurrent ? state.error : null,
    refetch,
    apply,
  };
}
