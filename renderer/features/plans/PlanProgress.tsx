import { useT } from '../../i18n/useT';
import type { SolveProgress } from './useSolveProgress';

export interface PlanProgressProps {
  /** What is running, for the bar's label ("Planning the day", "Re-optimising"). */
  label: string;
  progress: SolveProgress;
  onCancel(): void;
  isCancelling: boolean;
}

/** A running solve: how far it is, the best cost so far (and whether it just improved), time left, cancel. */
export function PlanProgress({ label, progress, onCancel, isCancelling }: PlanProgressProps) {
  const { t } = useT();
  const event = progress.latest;
  const fraction = Math.min(1, Math.max(0, event?.fraction ?? 0));
  const facts: string[] = [];
  if (event?.bestCost !== undefined) {
    facts.push(t(progress.isImproving ? 'progress.costImproving' : 'progress.cost', { cost: Math.round(event.bestCost).toLocaleString() }));
  }
  if (event?.assigned !== undefined) facts.push(t('progress.assigned', { count: event.assigned }));
  if (event?.remainingMs !== undefined) facts.push(t('progress.left', { seconds: Math.ceil(event.remainingMs / 1000) }));
  return (
    <div className="plan-progress" role="group" aria-label={label}>
      <progress max={1} value={fraction} aria-label={t('progress.bar', { label, percent: Math.round(fraction * 100) })} />
      <span className="plan-progress__facts" aria-live="polite">
        {facts.join(' · ')}
      </span>
      <button type="button" onClick={onCancel} disabled={isCancelling} aria-busy={isCancelling}>
        {isCancelling ? t('progress.cancelling') : t('progress.cancel')}
      </button>
    </div>
  );
}
