import { useState } from 'react';
import type { Plan } from '../../../shared/domain';
import { useApiEvent } from '../../api/useApiEvent';
import { useApiMutation } from '../../api/useApiMutation';

/** Plans a day and follows its progress events; `onPlanned` runs with the saved plan. */
export function usePlanDay(date: string | null, onPlanned: (plan: Plan) => void | Promise<void>) {
  const solve = useApiMutation('plans.solve');
  const [progress, setProgress] = useState(0);

  useApiEvent('plans.progress', (event) => {
    if (event.date === date) setProgress(event.fraction);
  });

  const planDay = async () => {
    if (!date || solve.isBusy) return;
    setProgress(0);
    const plan = await solve.run({ date });
    if (plan) await onPlanned(plan);
  };

  return { planDay, isBusy: solve.isBusy, progress, error: solve.error };
}
