import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { DEFAULT_GEOCODING_SETTINGS, GeocodingSettings, type LocalDate, type Visit } from '../../../../shared/domain';
import { systemClock, unixSeconds, type Clock } from './clock';
import { rowToVisit, type VisitRow } from './visit-rows';

/** A cached answer: the match (WGS-84) or `null` when the service knew no such place. */
export interface CachedGeocode {
  match: { lat: number; lng: number; confidence: number; label: string } | null;
}

export type GeocodingRepo = ReturnType<typeof createGeocodingRepo>;

/** Geocoding's settings (a `settings` row), its answers (`geocode_cache`) and the visits it waits on. */
export function createGeocodingRepo(db: Db, clock: Clock = systemClock) {
  const readSetting = db.prepare<[], { value: string }>(`SELECT value FROM settings WHERE key = 'geocoding_settings'`);
  const writeSetting = db.prepare<[string]>(
    `INSERT INTO settings (key, value) VALUES ('geocoding_settings', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  const cached = db.prepare<[string, string], { is_found: number; lat: number; lng: number; confidence: number; label: string | null }>(
    'SELECT is_found, lat, lng, confidence, label FROM geocode_cache WHERE provider = ? AND address_key = ?',
  );
  const store = db.prepare(
    `INSERT INTO geocode_cache (provider, address_key, is_found, lat, lng, confidence, label, asked_at)
       VALUES (@provider, @addressKey, @isFound, @lat, @lng, @confidence, @label, @now)
     ON CONFLICT (provider, address_key) DO UPDATE SET is_found = excluded.is_found, lat = excluded.lat,
       lng = excluded.lng, confidence = excluded.confidence, label = excluded.label, asked_at = excluded.asked_at`,
  );
  const pending = db.prepare(
    `SELECT * FROM visits WHERE location_source = 'pending' AND status = 'approved'
       AND (@date IS NULL OR date = @date) ORDER BY date, id`,
  );

  return {
    /** The workspace's geocoding settings; the defaults (no service) until set. */
    settings(): GeocodingSettings {
      const stored = readSetting.get();
      const parsed = stored ? GeocodingSettings.safeParse(JSON.parse(stored.value)) : null;
      return parsed?.success ? parsed.data : DEFAULT_GEOCODING_SETTINGS;
    },
    setSettings(settings: GeocodingSettings): void {
      writeSetting.run(JSON.stringify(GeocodingSettings.parse(settings)));
    },
    /** The answer `provider` gave for this address key before, or undefined when never asked. */
    cached(provider: string, addressKey: string): CachedGeocode | undefined {
      const row = cached.get(provider, addressKey);
      if (!row) return undefined;
      return { match: row.is_found ? { lat: row.lat, lng: row.lng, confidence: row.confidence, label: row.label ?? '' } : null };
    },
    /** Keeps an answer (a match or none) so the address is never asked of the provider again. */
    remember(provider: string, addressKey: string, answer: CachedGeocode): void {
      const m = answer.match;
      store.run({
        provider,
        addressKey,
        isFound: m ? 1 : 0,
        lat: m?.lat ?? null,
        lng: m?.lng ?? null,
        confidence: m?.confidence ?? null,
        label: m?.label ?? null,
        now: unixSeconds(clock),
      });
    },
    /** Approved visits still waiting for a place (of one day, or all), by date and id. */
    pending(date?: LocalDate): Visit[] {
      return (pending.all({ date: date ?? null }) as VisitRow[]).map(rowToVisit);
    },
  };
}
