import { useId } from 'react';
import { MAX_RETENTION_DAYS } from '../../../shared/api/retention';
import { ErrorBanner } from '../../app/ErrorBanner';
import { useT } from '../../i18n/useT';
import { useSettingDraft } from './useSettingDraft';

/** The days a new retention starts from when "keep" is unticked. */
const SUGGESTED_DAYS = 180;

/**
 * Personal data retention (issue 21): how many days customers' names, phones and addresses of
 * finished visits are kept before a purge erases them, or kept. A supervisor's setting, audited.
 */
export function RetentionSettings() {
  const { t } = useT();
  const id = useId();
  const { draft, change: edit, submit: onSave, saved, save } = useSettingDraft('settings.retention', 'settings.setRetention');

  if (!draft) return null;
  const change = (keepDays: number | null) => {
    edit({ keepDays });
  };

  return (
    <section className="settings-section retention-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('retention.title')}</h3>
      <p className="muted">{t('retention.hint')}</p>
      <form onSubmit={(e) => void onSave(e)}>
        <label className="settings-choice">
          <input type="checkbox" checked={draft.keepDays === null} onChange={(e) => change(e.target.checked ? null : SUGGESTED_DAYS)} />
          {t('retention.keepAlways')}
        </label>
        <p className="settings-field">
          <label htmlFor={`${id}-days`}>{t('retention.keepDays')}</label>
          <input
            id={`${id}-days`}
            type="number"
            min={1}
            max={MAX_RETENTION_DAYS}
            step={1}
            disabled={draft.keepDays === null}
            value={draft.keepDays ?? ''}
            onChange={(e) => change(Math.min(Math.max(Math.round(Number(e.target.value)), 1), MAX_RETENTION_DAYS))}
          />
        </p>
        <ErrorBanner error={save.error} onDismiss={() => save.reset()} />
        <button type="submit" className="primary" disabled={save.isBusy}>
          {t('retention.save')}
        </button>
        <p role="status" aria-live="polite">
          {saved ? t('retention.saved') : ''}
        </p>
      </form>
    </section>
  );
}
