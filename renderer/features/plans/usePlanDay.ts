import type { Plan } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import type { useSolveProgress } from './useSolveProgress';

/** Plans a day (progress and cancel come from the shared `useSolveProgress`); `onPlanned` gets the saved plan. */
export function usePlanDay(
  date: string | null,
  solveProgress: ReturnType<typeof useSolveProgress>,
  onPlanned: (plan: Plan) => void | Promise<void>,
) {
  const solve = useApiMutation('plans.solve');

  const planDay = async () => {
    if (!date || solve.isBusy) return;
    solveProgress.reset();
    const plan = await solve.run({ date });
    if (plan) await onPlanned(plan);
  };

  return { planDay, isBusy: solve.isBusy, error: solve.error };
}
