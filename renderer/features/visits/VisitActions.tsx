import { useT } from '../../i18n/useT';

export interface VisitActionsProps {
  selectedCount: number;
  onApprove(): void;
  onCancelVisits(): void;
  /** Opens the outcome dialog for the selected visits. */
  onRecordOutcome(): void;
  onClearSelection(): void;
  isBusy: boolean;
}

/** What can be done with the selected visits in the table: approve them, cancel them, or record their outcome. */
export function VisitActions({ selectedCount, onApprove, onCancelVisits, onRecordOutcome, onClearSelection, isBusy }: VisitActionsProps) {
  const { t } = useT();
  const none = selectedCount === 0;
  return (
    <div className="visit-actions" role="group" aria-label={t('visits.actions')}>
      <span className="muted" aria-live="polite">
        {t('visits.selected', { count: selectedCount })}
      </span>
      <button type="button" onClick={onApprove} disabled={none || isBusy}>
        {t('visits.approve')}
      </button>
      <button type="button" onClick={onCancelVisits} disabled={none || isBusy}>
        {t('visits.cancel')}
      </button>
      <button type="button" onClick={onRecordOutcome} disabled={none || isBusy}>
        {t('outcomeDialog.open')}
      </button>
      <button type="button" onClick={onClearSelection} disabled={none}>
        {t('visits.clearSelection')}
      </button>
    </div>
  );
}
