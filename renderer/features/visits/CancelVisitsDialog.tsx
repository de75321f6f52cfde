import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useModalDialog } from '../import/useModalDialog';

export interface CancelVisitsDialogProps {
  count: number;
  date: string;
  onConfirm(): void;
  onClose(): void;
}

/** Cancelling visits on a day without a plan is no plan version, so Undo cannot take it back: ask first. */
export function CancelVisitsDialog({ count, date, onConfirm, onClose }: CancelVisitsDialogProps) {
  const { t } = useT();
  const [opener] = useState(() => ({ current: document.activeElement instanceof HTMLElement ? document.activeElement : null }));
  const dialogRef = useModalDialog(opener);
  const id = useId();
  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('cancelVisits.title', { count })}</h2>
      <p id={`${id}-body`}>{t('cancelVisits.noPlan', { date })}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('cancelVisits.back')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {t('cancelVisits.confirm')}
        </button>
      </div>
    </dialog>
  );
}
