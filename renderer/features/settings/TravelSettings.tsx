import { useEffect, useId, useState, type FormEvent } from 'react';
import { RouterKind, type Message, type TravelSettings as Settings } from '../../../shared/domain';
import { ErrorBanner } from '../../app/ErrorBanner';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';
import { pickMessage } from '../../i18n/language';
import { useT } from '../../i18n/useT';

/** What the section says under its buttons: a saved note, a missing address, or the server's test answer. */
type Status = { key: 'travelSettings.saved' | 'travelSettings.needsUrl' } | { test: Message; ok: boolean } | null;

/**
 * The travel section (issue 20): the router (OSRM, Valhalla, GraphHopper or the straight-line
 * model), its address and key, whether straight-line estimates may stand in when it cannot be
 * reached, and a test that asks it for a 2 × 2 table. Stored in the workspace, audited.
 */
export function TravelSettings() {
  const { t, language } = useT();
  const id = useId();
  const stored = useApiQuery('settings.travel', {});
  const save = useApiMutation('settings.setTravel');
  const test = useApiMutation('settings.testTravel');
  const [draft, setDraft] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    if (stored.data) setDraft((current) => current ?? stored.data!);
  }, [stored.data]);

  if (!draft) return null;
  const road = draft.router !== 'straight';
  const change = (patch: Partial<Settings>) => {
    setDraft({ ...draft, ...patch });
    setStatus(null);
  };
  /** A road router without an address is not sent: the field is named and focused. */
  const ready = (): boolean => {
    if (!road || draft.url.trim() !== '') return true;
    setStatus({ key: 'travelSettings.needsUrl' });
    document.getElementById(`${id}-url`)?.focus();
    return false;
  };
  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready()) return;
    const saved = await save.run(draft);
    if (!saved) return;
    stored.patch(() => saved);
    setDraft(saved);
    setStatus({ key: 'travelSettings.saved' });
  };
  const onTest = async () => {
    if (!ready()) return;
    const result = await test.run(draft);
    if (result) setStatus({ test: result.message, ok: result.ok });
  };
  const missingUrl = status !== null && 'key' in status && status.key === 'travelSettings.needsUrl';

  return (
    <section className="settings-section travel-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('travelSettings.title')}</h3>
      <p className="muted">{t('travelSettings.intro')}</p>
      <form onSubmit={(e) => void onSave(e)}>
        <fieldset>
          <legend>{t('travelSettings.router')}</legend>
          {RouterKind.options.map((router) => (
            <label key={router} className="settings-choice">
              <input
                type="radio"
                name={`${id}-router`}
                value={router}
                checked={draft.router === router}
                onChange={() => change({ router })}
              />
              {t(`travelSettings.router.${router}`)}
            </label>
          ))}
        </fieldset>
        {road && (
          <p className="settings-field">
            <label htmlFor={`${id}-url`}>{t('travelSettings.url')}</label>
            <input
              id={`${id}-url`}
              type="url"
              spellCheck={false}
              value={draft.url}
              placeholder="http://localhost:5000"
              aria-describedby={`${id}-url-hint`}
              {...(missingUrl && { 'aria-invalid': true })}
              onChange={(e) => change({ url: e.target.value })}
            />
            <span id={`${id}-url-hint`} className="muted">
              {t('travelSettings.urlHint')}
            </span>
          </p>
        )}
        {draft.router === 'graphhopper' && (
          <p className="settings-field">
            <label htmlFor={`${id}-key`}>{t('travelSettings.apiKey')}</label>
            <input
              id={`${id}-key`}
              type="text"
              spellCheck={false}
              value={draft.apiKey}
              onChange={(e) => change({ apiKey: e.target.value })}
            />
          </p>
        )}
        {road && (
          <label className="settings-choice">
            <input type="checkbox" checked={draft.allowFallback} onChange={(e) => change({ allowFallback: e.target.checked })} />
            {t('travelSettings.allowFallback')}
          </label>
        )}
        <ErrorBanner
          error={save.error ?? test.error}
          onDismiss={() => {
            save.reset();
            test.reset();
          }}
        />
        <button type="submit" className="primary" disabled={save.isBusy}>
          {t('travelSettings.save')}
        </button>{' '}
        <button type="button" onClick={() => void onTest()} disabled={test.isBusy}>
          {t('travelSettings.test')}
        </button>
        <p role="status" aria-live="polite" className={status && 'ok' in status && !status.ok ? 'error-text' : undefined}>
          {test.isBusy
            ? t('travelSettings.testing')
            : status === null
              ? ''
              : 'key' in status
                ? t(status.key)
                : pickMessage(status.test, language)}
        </p>
      </form>
    </section>
  );
}
