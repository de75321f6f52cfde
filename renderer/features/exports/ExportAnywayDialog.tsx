import { useId, useState, type FormEvent } from 'react';
import type { Message } from '../../../shared/domain';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { useModalDialog } from '../import/useModalDialog';

export interface ExportAnywayDialogProps {
  date: string;
  /** The plan's open problems, as the refusal listed them. */
  problems: readonly Message[];
  isBusy: boolean;
  onExportAnyway(anyway: { supervisor: string; reason: string }): void;
  onClose(): void;
}

/**
 * An export the back end refused because the plan has open problems: the problems, and the way
 * out a supervisor may take (export anyway, with their name and why, for the audit log).
 */
export function ExportAnywayDialog({ date, problems, isBusy, onExportAnyway, onClose }: ExportAnywayDialogProps) {
  const { t, language } = useT();
  const [opener] = useState(() => ({ current: document.activeElement instanceof HTMLElement ? document.activeElement : null }));
  const dialogRef = useModalDialog(opener);
  const id = useId();
  const [supervisor, setSupervisor] = useState('');
  const [reason, setReason] = useState('');
  const isComplete = supervisor.trim() !== '' && reason.trim() !== '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isComplete) onExportAnyway({ supervisor: supervisor.trim(), reason: reason.trim() });
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('exportAnyway.title', { date, count: problems.length })}</h2>
        <p>{t('exportAnyway.explain')}</p>
        <ul>
          {problems.map((problem, i) => (
            <li key={i}>{pickMessage(problem, language)}</li>
          ))}
        </ul>
        <label htmlFor={`${id}-supervisor`}>{t('exportAnyway.supervisor')}</label>
        <input id={`${id}-supervisor`} value={supervisor} onChange={(e) => setSupervisor(e.target.value)} maxLength={100} required />
        <label htmlFor={`${id}-reason`}>{t('exportAnyway.reason')}</label>
        <textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} required />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('exportAnyway.back')}
          </button>
          <button type="submit" className="danger" disabled={!isComplete || isBusy} aria-busy={isBusy}>
            {t('exportAnyway.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
