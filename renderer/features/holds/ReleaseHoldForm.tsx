import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CustomerHold } from '../../../shared/domain';
import { ErrorBanner } from '../../app/ErrorBanner';
import { useT } from '../../i18n/useT';

export interface ReleaseHoldFormProps {
  hold: CustomerHold;
  /** The form's id, for the Release… button's aria-controls. */
  id: string;
  isBusy: boolean;
  /** The back end's refusal of the last try (a dispatcher is refused: only a supervisor releases). */
  error: unknown;
  onDismissError(): void;
  onRelease(reason: string): void;
  /** Cancel or Esc. */
  onCancel(): void;
}

/** Asks why one hold is released, inline under its row; it opens with the focus in the reason. */
export function ReleaseHoldForm({ hold, id, isBusy, error, onDismissError, onRelease, onCancel }: ReleaseHoldFormProps) {
  const { t } = useT();
  const fieldId = useId();
  const [reason, setReason] = useState('');
  const [noReason, setNoReason] = useState(false);
  const reasonRef = useRef<HTMLInputElement>(null);
  useEffect(() => reasonRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDismissError();
    const text = reason.trim();
    setNoReason(text === '');
    if (text === '') reasonRef.current?.focus();
    else onRelease(text);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };

  return (
    <form id={id} className="release-hold-form" aria-labelledby={`${id}-title`} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <h3 id={`${id}-title`}>
        {t('holdsScreen.releaseTitle', { id: hold.id, kind: t(`hold.kind.${hold.kind}`), customerId: hold.customerId })}
      </h3>
      <p className="muted">{t('holdsScreen.releaseHint')}</p>
      <ErrorBanner error={error} onDismiss={onDismissError} />
      <div className={`form-field${noReason ? ' form-field--invalid' : ''}`}>
        <label htmlFor={fieldId}>{t('holdsScreen.releaseReason')}</label>
        <input
          id={fieldId}
          ref={reasonRef}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          aria-required
          aria-invalid={noReason || undefined}
          aria-describedby={noReason ? `${fieldId}-problem` : undefined}
          autoComplete="off"
        />
        {noReason && (
          <small id={`${fieldId}-problem`} className="form-field__problem">
            {t('holdsScreen.noReason')}
          </small>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} disabled={isBusy}>
          {t('holdsScreen.cancel')}
        </button>
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? t('holdsScreen.releasing') : t('holdsScreen.releaseConfirm')}
        </button>
      </div>
    </form>
  );
}
