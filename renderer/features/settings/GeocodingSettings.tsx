import { useId } from 'react';
import { GeocodingProviderKind, type GeocodingSettings as Settings } from '../../../shared/domain';
import { ErrorBanner } from '../../app/ErrorBanner';
import { useT } from '../../i18n/useT';
import { useSettingDraft } from './useSettingDraft';

/**
 * The geocoding section (issue 20): the service (a Nominatim-compatible search or Amap), its
 * address, Amap's key, Nominatim's countries, and the confidence a match needs before it is planned
 * without a person confirming it. Stored in the workspace, audited (the key is not written down).
 */
export function GeocodingSettings() {
  const { t } = useT();
  const id = useId();
  const { draft, change: edit, submit: onSave, saved, save } = useSettingDraft('settings.geocoding', 'settings.setGeocoding');

  if (!draft) return null;
  const change = (patch: Partial<Settings>) => {
    edit({ ...draft, ...patch });
  };
  const field = (name: 'url' | 'key' | 'countryCodes', label: Parameters<typeof t>[0], placeholder = '') => (
    <p className="settings-field">
      <label htmlFor={`${id}-${name}`}>{t(label)}</label>
      <input
        id={`${id}-${name}`}
        type={name === 'url' ? 'url' : 'text'}
        spellCheck={false}
        value={draft[name]}
        placeholder={placeholder}
        onChange={(e) => change({ [name]: e.target.value })}
      />
    </p>
  );

  return (
    <section className="settings-section geocoding-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('geocodingSettings.title')}</h3>
      <p className="muted">{t('geocodingSettings.intro')}</p>
      <form onSubmit={(e) => void onSave(e)}>
        <fieldset>
          <legend>{t('geocodingSettings.provider')}</legend>
          {GeocodingProviderKind.options.map((provider) => (
            <label key={provider} className="settings-choice">
              <input
                type="radio"
                name={`${id}-provider`}
                value={provider}
                checked={draft.provider === provider}
                onChange={() => change({ provider })}
              />
              {t(`geocodingSettings.provider.${provider}`)}
            </label>
          ))}
        </fieldset>
        {field('url', 'geocodingSettings.url', draft.provider === 'amap' ? 'https://restapi.amap.com' : 'http://localhost:8080')}
        {draft.provider === 'amap' ? field('key', 'geocodingSettings.key') : field('countryCodes', 'geocodingSettings.countryCodes', 'cn')}
        <p className="settings-field">
          <label htmlFor={`${id}-threshold`}>{t('geocodingSettings.threshold')}</label>
          <input
            id={`${id}-threshold`}
            type="number"
            min={0}
            max={100}
            step={5}
            value={Math.round(draft.confidenceThreshold * 100)}
            onChange={(e) => change({ confidenceThreshold: Math.min(Math.max(Number(e.target.value) / 100, 0), 1) })}
          />
        </p>
        <ErrorBanner error={save.error} onDismiss={() => save.reset()} />
        <button type="submit" className="primary" disabled={save.isBusy}>
          {t('geocodingSettings.save')}
        </button>
        <p role="status" aria-live="polite">
          {saved ? t('geocodingSettings.saved') : ''}
        </p>
      </form>
    </section>
  );
}
