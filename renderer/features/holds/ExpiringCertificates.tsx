import { useId, useState } from 'react';
import { AppError } from '../../../shared/api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { CertificateTable } from './CertificateTable';

/** The choices of how far ahead to look, in days; 30 is the warning list's own default. */
export const DAY_CHOICES = [7, 14, 30, 60, 90, 180] as const;
const DEFAULT_DAYS = 30;

/** The certificates part of the screen: how far ahead to look, and the warning list, required certificates first. */
export function ExpiringCertificates() {
  const { t, language } = useT();
  const id = useId();
  const [days, setDays] = useState<number>(DEFAULT_DAYS);
  const expiring = useApiQuery('officers.expiringCertificates', { days });
  const list = expiring.data;
  const required = list?.filter((c) => c.group === 'required') ?? [];
  const other = list?.filter((c) => c.group === 'other') ?? [];
  const error = expiring.error;
  const refusal = error instanceof AppError ? pickMessage(error.userMessage, language) : error ? t('error.unknown') : null;

  return (
    <section className="panel holds-screen__certificates" aria-labelledby={`${id}-title`}>
      <div className="panel__head">
        <h2 id={`${id}-title`}>{t('holdsScreen.certificates.title')}</h2>
        <div className="form-field">
          <label htmlFor={`${id}-days`}>{t('holdsScreen.certificates.days')}</label>
          <select id={`${id}-days`} value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {DAY_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t('holdsScreen.certificates.dayOption', { count: choice })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">{t('holdsScreen.certificates.intro')}</p>
      {refusal && (
        <p className="error-banner" role="alert">
          {refusal}
        </p>
      )}
      {list === undefined && !error && <p className="muted">{t('holdsScreen.certificates.loading')}</p>}
      {list !== undefined && list.length === 0 && <p className="muted">{t('holdsScreen.certificates.none', { count: days })}</p>}
      {required.length > 0 && <CertificateTable title={t('holdsScreen.certificates.required')} certificates={required} showKinds />}
      {other.length > 0 && <CertificateTable title={t('holdsScreen.certificates.other')} certificates={other} showKinds={false} />}
    </section>
  );
}
