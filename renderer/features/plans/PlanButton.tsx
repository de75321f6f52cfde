import { useT } from '../../i18n/useT';

export interface PlanButtonProps {
  onPlan(): void;
  isBusy: boolean;
  /** 0..1 while planning, from `plans.progress` events. */
  progress: number;
  disabled?: boolean;
}

/** Starts planning the selected day; shows progress while the back end works. */
export function PlanButton({ onPlan, isBusy, progress, disabled = false }: PlanButtonProps) {
  const { t } = useT();
  return (
    <button type="button" className="primary" onClick={onPlan} disabled={disabled || isBusy} aria-busy={isBusy} aria-keyshortcuts="Alt+P">
      {isBusy ? t('plan.busy', { percent: Math.round(progress * 100) }) : t('plan.button')}
    </button>
  );
}
