import { useId, useState, type FormEvent } from 'react';
import type { Message } from '../../shared/domain';
import { pickMessage } from '../i18n/language';
import { useT } from '../i18n/useT';
import { ModalDialog } from './ModalDialog';

export interface SupervisorReasonDialogProps {
  title: string;
  explain: string;
  /** What the decision accepts, as the back end said it. */
  problems: readonly Message[];
  confirmLabel: string;
  backLabel: string;
  /** The signed-in user may decide (a supervisor); anyone else reads `notAllowed` instead of a reason field. */
  canDecide: boolean;
  notAllowed: string;
  isBusy: boolean;
  onConfirm(reason: string): void;
  onClose(): void;
}

/**
 * A refusal a supervisor may overrule: what was refused and, for a signed-in supervisor, a reason
 * to accept it with (who and why go to the audit trail). Anyone else is told who may decide.
 */
export function SupervisorReasonDialog(props: SupervisorReasonDialogProps) {
  const { t, language } = useT();
  const id = useId();
  const [reason, setReason] = useState('');
  const isComplete = props.canDecide && reason.trim() !== '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isComplete) props.onConfirm(reason.trim());
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={props.onClose}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{props.title}</h2>
        <p>{props.explain}</p>
        <ul>
          {props.problems.map((problem, i) => (
            <li key={i}>{pickMessage(problem, language)}</li>
          ))}
        </ul>
        {props.canDecide ? (
          <>
            <label htmlFor={`${id}-reason`}>{t('supervisorDecision.reason')}</label>
            <textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} required />
          </>
        ) : (
          <p role="note">{props.notAllowed}</p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose}>
            {props.backLabel}
          </button>
          {props.canDecide && (
            <button type="submit" className="danger" disabled={!isComplete || props.isBusy} aria-busy={props.isBusy}>
              {props.confirmLabel}
            </button>
          )}
        </div>
      </form>
    </ModalDialog>
  );
}
