import { useId } from 'react';
import { ObjectiveKind, type PlanningPreferences as Preferences } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/useT';

/** Budgets offered for planning a day, in seconds. */
const BUDGETS = [5, 10, 30, 60, 120] as const;

/**
 * How Plan day and Re-optimise plan: the objective and the time budget, beside the Plan button.
 * A choice is stored in the workspace at once (audited), so the next session plans the same way.
 */
export function PlanningPreferences({ disabled = false }: { disabled?: boolean }) {
  const { t } = useT();
  const id = useId();
  const stored = useApiQuery('settings.planning', {});
  const save = useApiMutation('settings.setPlanning');
  const current = stored.data;
  if (!current) return null;
  const change = async (next: Preferences) => {
    const saved = await save.run(next);
    if (saved) stored.patch(() => saved);
  };
  const budgets = BUDGETS.includes(current.seconds as (typeof BUDGETS)[number])
    ? BUDGETS
    : [...BUDGETS, current.seconds].sort((a, b) => a - b);
  return (
    <span className="planning-preferences">
      <label htmlFor={`${id}-objective`} className="visually-hidden">
        {t('planning.objective')}
      </label>
      <select
        id={`${id}-objective`}
        value={current.objective}
        disabled={disabled || save.isBusy}
        title={t('planning.objective')}
        onChange={(e) => void change({ ...current, objective: e.target.value as ObjectiveKind })}
      >
        {ObjectiveKind.options.map((kind) => (
          <option key={kind} value={kind}>
            {t(`planning.objective.${kind}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-seconds`} className="visually-hidden">
        {t('planning.seconds')}
      </label>
      <select
        id={`${id}-seconds`}
        value={current.seconds}
        disabled={disabled || save.isBusy}
        title={t('planning.seconds')}
        onChange={(e) => void change({ ...current, seconds: Number(e.target.value) })}
      >
        {budgets.map((seconds) => (
          <option key={seconds} value={seconds}>
            {t('planning.secondsOption', { count: seconds })}
          </option>
        ))}
      </select>
    </span>
  );
}
