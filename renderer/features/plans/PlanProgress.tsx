import { useT } from '../../i18n/useT';
import type { SolveProgress } from './useSolveProgress';

export interface PlanProgressProps {
  /** What is running, for the bar's label ("Planning the day", "Re-optimising"). */
  label: string;
  progress: SolveProgress;
  onCancel(): void;
  isCancelling: boolean;
}

/**
 * A running solve in the dispatcher's terms: how far it is, what the best plan so far places (visits,
 * officers, kilometres, travel), whether it just improved, time left, cancel. Never the planner's raw cost.
 * While travel times are still being asked for, the bar shows the share answered instead.
 */
export function PlanProgress({ label, progress, onCancel, isCancelling }: PlanProgressProps) {
  const { t } = useT();
  const event = progress.latest;
  const fraction = Math.min(1, Math.max(0, event?.fraction ?? 0));
  // Before the search starts a road server is asked for travel times: its share answered, no plan yet.
  const askingTravel = event?.phase === 'travel';
  const facts: string[] = [];
  if (event?.assigned !== undefined && !askingTravel) facts.push(t('progress.assigned', { count: event.assigned }));
  if (event?.officersUsed !== undefined) facts.push(t('progress.officers', { count: event.officersUsed }));
  if (event?.distanceM !== undefined) facts.push(t('progress.distance', { km: (event.distanceM / 1000).toFixed(1) }));
  if (event?.travelSec !== undefined) facts.push(t('progress.travel', { hours: (event.travelSec / 3600).toFixed(1) }));
  if (progress.isImproving) facts.push(t('progress.improving'));
  if (event?.remainingMs !== undefined) facts.push(t('progress.left', { seconds: Math.ceil(event.remainingMs / 1000) }));
  return (
    <div className="plan-progress" role="group" aria-label={label}>
      <progress
        max={1}
        value={fraction}
        aria-label={t(askingTravel ? 'progress.travelBar' : 'progress.bar', { label, percent: Math.round(fraction * 100) })}
      />
      <span className="plan-progress__facts" aria-live="polite">
        {facts.join(' · ')}
      </span>
      <button type="button" onClick={onCancel} disabled={isCancelling} aria-busy={isCancelling}>
        {isCancelling ? t('progress.cancelling') : t('progress.cancel')}
      </button>
    </div>
  );
}
