import { useId, useRef, useState, type FormEvent } from 'react';
import { HoldKind, type Officer } from '../../../shared/domain';
import { ErrorBanner } from '../../app/ErrorBanner';
import { useT } from '../../i18n/useT';
import type { PlaceHoldInput } from './useHolds';

export interface PlaceHoldFormProps {
  /** The roster, for the officer a complaint is against. */
  officers: readonly Officer[];
  isBusy: boolean;
  /** The back end's refusal of the last try, if any. */
  error: unknown;
  onDismissError(): void;
  /** Places the hold; true once stored (the fields are then cleared). */
  onPlace(input: PlaceHoldInput): Promise<boolean>;
}

interface Fields {
  customerId: string;
  kind: HoldKind;
  officerId: string;
  until: string;
  note: string;
}

const BLANK: Fields = { customerId: '', kind: HoldKind.options[0], officerId: '', until: '', note: '' };

/**
 * A new hold: customer, kind, and what only some kinds have — the officer a complaint is against,
 * the last day of a do-not-visit. Fields a kind does not have are neither shown nor sent.
 */
export function PlaceHoldForm({ officers, isBusy, error, onDismissError, onPlace }: PlaceHoldFormProps) {
  const { t } = useT();
  const id = useId();
  const [fields, setFields] = useState<Fields>(BLANK);
  const [noCustomer, setNoCustomer] = useState(false);
  const customerRef = useRef<HTMLInputElement>(null);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((current) => ({ ...current, [key]: value }));
  const fieldId = (name: keyof Fields) => `${id}-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onDismissError();
    const customerId = fields.customerId.trim();
    setNoCustomer(customerId === '');
    if (customerId === '') {
      customerRef.current?.focus();
      return;
    }
    const input: PlaceHoldInput = {
      customerId,
      kind: fields.kind,
      note: fields.note.trim(),
      ...(fields.kind === 'complaint' && fields.officerId !== '' && { officerId: fields.officerId }),
      ...(fields.kind === 'do_not_visit' && fields.until !== '' && { until: fields.until }),
    };
    if (await onPlace(input)) {
      setFields(BLANK);
      customerRef.current?.focus();
    }
  };

  return (
    <form className="place-hold-form" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={`${id}-title`}>{t('holdsScreen.placeTitle')}</h3>
      <p className="muted">{t('holdsScreen.placeHint')}</p>
      <ErrorBanner error={error} onDismiss={onDismissError} />
      <div className={`form-field${noCustomer ? ' form-field--invalid' : ''}`}>
        <label htmlFor={fieldId('customerId')}>{t('holdsScreen.customerId')}</label>
        <input
          id={fieldId('customerId')}
          ref={customerRef}
          value={fields.customerId}
          onChange={(e) => set('customerId', e.target.value)}
          maxLength={64}
          aria-required
          aria-invalid={noCustomer || undefined}
          aria-describedby={noCustomer ? `${fieldId('customerId')}-problem` : undefined}
          autoComplete="off"
        />
        {noCustomer && (
          <small id={`${fieldId('customerId')}-problem`} className="form-field__problem">
            {t('holdsScreen.noCustomer')}
          </small>
        )}
      </div>
      <div className="form-field">
        <label htmlFor={fieldId('kind')}>{t('holdsScreen.kind')}</label>
        <select id={fieldId('kind')} value={fields.kind} onChange={(e) => set('kind', e.target.value as HoldKind)}>
          {HoldKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`hold.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {fields.kind === 'complaint' && (
        <div className="form-field">
          <label htmlFor={fieldId('officerId')}>{t('holdsScreen.officer')}</label>
          <select
            id={fieldId('officerId')}
            value={fields.officerId}
            onChange={(e) => set('officerId', e.target.value)}
            aria-describedby={`${fieldId('officerId')}-hint`}
          >
            <option value="">{t('holdsScreen.officerNone')}</option>
            {officers.map((officer) => (
              <option key={officer.id} value={officer.id}>
                {t('holdsScreen.officerOption', { name: officer.name, id: officer.id })}
              </option>
            ))}
          </select>
          <small id={`${fieldId('officerId')}-hint`} className="muted">
            {t('holdsScreen.officerHint')}
          </small>
        </div>
      )}
      {fields.kind === 'do_not_visit' && (
        <div className="form-field">
          <label htmlFor={fieldId('until')}>{t('holdsScreen.until')}</label>
          <input
            id={fieldId('until')}
            type="date"
            value={fields.until}
            onChange={(e) => set('until', e.target.value)}
            aria-describedby={`${fieldId('until')}-hint`}
          />
          <small id={`${fieldId('until')}-hint`} className="muted">
            {t('holdsScreen.untilHint')}
          </small>
        </div>
      )}
      <div className="form-field">
        <label htmlFor={fieldId('note')}>{t('holdsScreen.note')}</label>
        <textarea id={fieldId('note')} rows={2} maxLength={500} value={fields.note} onChange={(e) => set('note', e.target.value)} />
      </div>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? t('holdsScreen.placing') : t('holdsScreen.place')}
        </button>
      </div>
    </form>
  );
}
