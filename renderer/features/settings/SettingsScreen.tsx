import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { GeocodingSettings } from './GeocodingSettings';
import { MapSettings } from './MapSettings';
import { TravelSettings } from './TravelSettings';
import { TerritorySettings } from './TerritorySettings';
import { RetentionSettings } from './RetentionSettings';
import { BackupsSettings } from './BackupsSettings';

/** The workspace's settings: travel times, the basemap, geocoding, territories (issue 20), retention and backups (issue 21). */
export function SettingsScreen() {
  const { t } = useT();
  const id = useId();
  return (
    <main className="settings-screen" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settingsScreen.title')}</h2>
      <p className="muted">{t('settingsScreen.intro')}</p>
      <TravelSettings />
      <MapSettings />
      <GeocodingSettings />
      <TerritorySettings />
      <RetentionSettings />
      <BackupsSettings />
    </main>
  );
}
