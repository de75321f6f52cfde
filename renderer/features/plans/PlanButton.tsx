import { useT } from '../../i18n/useT';
import { PlanProgress } from './PlanProgress';
import type { SolveProgress } from './useSolveProgress';

export interface PlanButtonProps {
  onPlan(): void;
  isBusy: boolean;
  progress: SolveProgress;
  onCancel(): void;
  isCancelling: boolean;
  disabled?: boolean;
}

/** Starts planning the selected day; while the back end works, a progress bar with a cancel. */
export function PlanButton({ onPlan, isBusy, progress, onCancel, isCancelling, disabled = false }: PlanButtonProps) {
  const { t } = useT();
  const percent = Math.round(Math.min(1, progress.latest?.fraction ?? 0) * 100);
  return (
    <span className="plan-button">
      <button type="button" className="primary" onClick={onPlan} disabled={disabled || isBusy} aria-busy={isBusy} aria-keyshortcuts="Alt+P">
        {isBusy ? t('plan.busy', { percent }) : t('plan.button')}
      </button>
      {isBusy && <PlanProgress label={t('plan.progressLabel')} progress={progress} onCancel={onCancel} isCancelling={isCancelling} />}
    </span>
  );
}
