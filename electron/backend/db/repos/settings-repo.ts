import crypto from 'node:crypto';
import { BackupSettings, DEFAULT_BACKUP_SETTINGS } from '../../../../shared/api/backups';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import {
  DEFAULT_ITINERARY_SETTINGS,
  DEFAULT_MAP_SETTINGS,
  MapSettings,
  DEFAULT_PLANNING_PREFERENCES,
  ItinerarySettings,
  PlanningPreferences,
  DEFAULT_TRAVEL_SETTINGS,
  TravelSettings,
} from '../../../../shared/domain';

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;

/** Workspace settings, one text value per key. */
export function createSettingsRepo(db: Db) {
  const read = db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`);
  const insertOnce = db.prepare<[string, string]>(`INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)`);
  const write = db.prepare<[string, string]>(
    `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  return {
    /**
     * The secret behind officers' verification codes: made once and kept in the workspace, so a
     * code can be re-derived to answer a customer's check but not guessed. INSERT OR IGNORE keeps
     * the first one if two windows make it at once.
     */
    verificationSecret(): string {
      const stored = read.get('verification_secret');
      if (stored) return stored.value;
      insertOnce.run('verification_secret', crypto.randomBytes(32).toString('base64url'));
      return read.get('verification_secret')!.value;
    },
    /** What officer copies of itineraries may show; defaults (both off) until a supervisor changes them. */
    itinerarySettings(): ItinerarySettings {
      const stored = read.get('itinerary_settings');
      const parsed = stored ? ItinerarySettings.safeParse(JSON.parse(stored.value)) : null;
      return parsed?.success ? parsed.data : DEFAULT_ITINERARY_SETTINGS;
    },
    setItinerarySettings(settings: ItinerarySettings): void {
      write.run('itinerary_settings', JSON.stringify(ItinerarySettings.parse(settings)));
    },
    /** The objective and time budget planning uses when the screen does not say; the defaults until chosen. */
    planningPreferences(): PlanningPreferences {
      const stored = read.get('planning_preferences');
      const parsed = stored ? PlanningPreferences.safeParse(JSON.parse(stored.value)) : null;
      return parsed?.success ? parsed.data : DEFAULT_PLANNING_PREFERENCES;
    },
    setPlanningPreferences(preferences: PlanningPreferences): void {
      write.run('planning_preferences', JSON.stringify(PlanningPreferences.parse(preferences)));
    },
    /** Automatic daily backups (issue 21): on, keeping seven, until changed. */
    backupSettings(): BackupSettings {
      const stored = read.get('backup_settings');
      const parsed = stored ? BackupSettings.safeParse(JSON.parse(stored.value)) : null;
      return parsed?.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
    },
    setBackupSettings(settings: BackupSettings): void {
      write.run('backup_settings', JSON.stringify(BackupSettings.parse(settings)));
    },
    /** Where travel times come from (issue 20): the straight-line model until a router is chosen. */
    travelSettings(): TravelSettings {
      const stored = read.get('travel_settings');
      const parsed = stored ? TravelSettings.safeParse(JSON.parse(stored.value)) : null;
      return parsed?.success ? parsed.data : DEFAULT_TRAVEL_SETTINGS;
    },
    setTravelSettings(settings: TravelSettings): void {
      write.run('travel_settings', JSON.stringify(TravelSettings.parse(settings)));
    },
    /** The basemap and the import's default coordinate system (issue 20); OpenStreetMap and WGS-84 until chosen. */
    mapSettings(): MapSettings {
      const stored = read.get('map_settings');
      const parsed = stored ? MapSettings.safeParse(JSON.parse(stored.value)) : null;
      return parsed?.success ? parsed.data : DEFAULT_MAP_SETTINGS;
    },
    setMapSettings(settings: MapSettings): void {
      write.run('map_settings', JSON.stringify(MapSettings.parse(settings)));
    },
  };
}
