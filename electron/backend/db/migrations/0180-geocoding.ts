import type { Migration } from './migration';

/**
 * Geocoding (issue 20): a visit may arrive with an address and no coordinates. Its `location_source`
 * says how its place was found (NULL: the file or a person gave it), with the geocoder's confidence
 * and, while pending, why. SQLite cannot drop the NOT NULL of `lat`/`lng` without rebuilding
 * `visits`, which the foreign keys onto it forbid inside the migration's transaction, so a pending
 * visit keeps 0, 0 there and the repository reads it as no place. `geocode_cache` keeps every
 * answer (a match or none) by service and normalised address, so an address is never asked twice.
 */
export const migration0180: Migration = {
  version: 180,
  name: 'geocoding',
  sql: `
      ALTER TABLE visits ADD COLUMN location_source TEXT
        CHECK (location_source IS NULL OR location_source IN ('pending', 'geocoded', 'guessed', 'confirmed'));
      ALTER TABLE visits ADD COLUMN location_confidence REAL
        CHECK (location_confidence IS NULL OR location_confidence BETWEEN 0 AND 1);
      ALTER TABLE visits ADD COLUMN location_problem_json TEXT
        CHECK (location_problem_json IS NULL OR (json_valid(location_problem_json) AND json_type(location_problem_json) = 'object'));

      CREATE TABLE geocode_cache (
        provider TEXT NOT NULL,
        address_key TEXT NOT NULL,
        is_found INTEGER NOT NULL CHECK (is_found IN (0, 1)),
        lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
        lng REAL CHECK (lng IS NULL OR lng BETWEEN -180 AND 180),
        confidence REAL CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1),
        label TEXT,
        asked_at INTEGER NOT NULL,
        PRIMARY KEY (provider, address_key),
        CHECK ((is_found = 1) = (lat IS NOT NULL) AND (lat IS NULL) = (lng IS NULL) AND (lat IS NULL) = (confidence IS NULL))
      ) WITHOUT ROWID, STRICT;
    `,
};
