import { useEffect, useId, useState, type FormEvent } from 'react';
import { BasemapKind, CoordSystem, type OfflineMapInfo } from '../../../shared/domain';
import { ErrorBanner } from '../../app/ErrorBanner';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/language';
import { draftOf, settingsOf, type MapDraft } from './map-settings-form';

/** The tile address placeholders are shown as written, not filled in. */
const AS_WRITTEN = { z: '{z}', x: '{x}', y: '{y}' };

/**
 * The map section (issue 20): the basemap with its coordinate system (OpenStreetMap, Tianditu with
 * a key, Amap, another server, an offline MBTiles file checked by the back end, or none), and the
 * coordinate system of imported rows that name none. Stored in the workspace, audited.
 */
export function MapSettings() {
  const { t } = useT();
  const id = useId();
  const stored = useApiQuery('settings.map', {});
  const save = useApiMutation('settings.setMap');
  const check = useApiMutation('map.checkOffline');
  const [draft, setDraft] = useState<MapDraft | null>(null);
  const [problem, setProblem] = useState<{ field: keyof MapDraft; key: MessageKey } | null>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);

  useEffect(() => {
    if (stored.data) setDraft((current) => current ?? draftOf(stored.data!));
  }, [stored.data]);

  if (!draft) return null;
  const change = (patch: Partial<MapDraft>) => {
    setDraft({ ...draft, ...patch });
    setStatus(null);
    setProblem(null);
  };

  const onCheck = async () => {
    const info = await check.run({ path: draft.offlinePath });
    if (info) setDraft({ ...draft, offlineInfo: info });
  };
  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    const read = settingsOf(draft);
    if (!read.ok) {
      setProblem({ field: read.field, key: read.problem });
      document.getElementById(`${id}-${read.field}`)?.focus();
      return;
    }
    const saved = await save.run(read.settings);
    if (!saved) return;
    stored.patch(() => saved);
    setDraft(draftOf(saved));
    setStatus('mapSettings.saved');
  };
  const invalid = (field: keyof MapDraft) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {};
  const systemChoice = (field: 'customSystem' | 'offlineSystem' | 'importCoordSystem', label: MessageKey) => (
    <p className="settings-field">
      <label htmlFor={`${id}-${field}`}>{t(label)}</label>
      <select id={`${id}-${field}`} value={draft[field]} onChange={(e) => change({ [field]: e.target.value as CoordSystem })}>
        {CoordSystem.options.map((system) => (
          <option key={system} value={system}>
            {t(`coordSystem.${system}`)}
          </option>
        ))}
      </select>
    </p>
  );
  const textField = (field: 'tiandituKey' | 'customUrl' | 'customAttribution' | 'offlinePath', label: MessageKey) => (
    <p className="settings-field">
      <label htmlFor={`${id}-${field}`}>{t(label, AS_WRITTEN)}</label>
      <input
        id={`${id}-${field}`}
        type="text"
        spellCheck={false}
        value={draft[field]}
        onChange={(e) => change({ [field]: e.target.value, ...(field === 'offlinePath' && { offlineInfo: null }) })}
        {...invalid(field)}
      />
    </p>
  );

  return (
    <section className="settings-section map-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('mapSettings.title')}</h3>
      <p className="muted">{t('mapSettings.intro')}</p>
      <form onSubmit={(e) => void onSave(e)}>
        <fieldset>
          <legend>{t('mapSettings.basemap')}</legend>
          {BasemapKind.options.map((kind) => (
            <label key={kind} className="settings-choice">
              <input type="radio" name={`${id}-basemap`} value={kind} checked={draft.kind === kind} onChange={() => change({ kind })} />
              {t(`mapSettings.basemap.${kind}`)}
            </label>
          ))}
        </fieldset>
        {draft.kind === 'tianditu' && textField('tiandituKey', 'mapSettings.tiandituKey')}
        {draft.kind === 'custom' && (
          <>
            {textField('customUrl', 'mapSettings.customUrl')}
            {systemChoice('customSystem', 'mapSettings.tileSystem')}
            {textField('customAttribution', 'mapSettings.attribution')}
          </>
        )}
        {draft.kind === 'offline' && (
          <>
            {textField('offlinePath', 'mapSettings.offlinePath')}
            <p className="settings-field">
              <button type="button" onClick={() => void onCheck()} disabled={check.isBusy || draft.offlinePath.trim() === ''}>
                {t('mapSettings.check')}
              </button>
            </p>
            {draft.offlineInfo && <OfflineInfo info={draft.offlineInfo} />}
            {systemChoice('offlineSystem', 'mapSettings.tileSystem')}
          </>
        )}
        {systemChoice('importCoordSystem', 'mapSettings.importSystem')}
        <p className="muted">{t('mapSettings.importSystemHint')}</p>
        {problem && (
          <p id={`${id}-problem`} className="error-text" role="alert">
            {t(problem.key, AS_WRITTEN)}
          </p>
        )}
        <ErrorBanner
          error={save.error ?? check.error}
          onDismiss={() => {
            save.reset();
            check.reset();
          }}
        />
        <button type="submit" className="primary" disabled={save.isBusy}>
          {t('mapSettings.save')}
        </button>
        <p role="status" aria-live="polite">
          {check.isBusy ? t('mapSettings.checking') : status ? t(status) : ''}
        </p>
      </form>
    </section>
  );
}

/** What the checked file holds, as the back end read it. */
function OfflineInfo({ info }: { info: OfflineMapInfo }) {
  const { t } = useT();
  const [west, south, east, north] = info.bounds ?? [];
  return (
    <p className="map-settings__offline" data-testid="offline-info">
      {t('mapSettings.offlineInfo', {
        name: info.name,
        format: info.format,
        minZoom: info.minZoom,
        maxZoom: info.maxZoom,
        tiles: info.tileCount,
      })}
      {info.bounds && ` ${t('mapSettings.offlineBounds', { west: west!, south: south!, east: east!, north: north! })}`}
    </p>
  );
}
