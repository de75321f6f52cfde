import type { Migration } from './migration';

/**
 * Officers' availability per day (issue 19): a day on leave, or a day worked with another shift
 * (a half day) or from another start place. One row per officer and date; a day without a row is
 * an ordinary day, as the officer's record says. Changing or clearing a day is audited. An
 * availability file is an import batch of its own kind: the batches table is rebuilt to accept it
 * (SQLite cannot alter a CHECK), its rows kept.
 */
export const migration0150: Migration = {
  version: 150,
  name: 'officer-days',
  sql: `
      CREATE TABLE officer_days (
        officer_id TEXT NOT NULL REFERENCES officers (id),
        date TEXT NOT NULL,
        availability TEXT NOT NULL CHECK (availability IN ('working', 'off')),
        shift_start_sec INTEGER CHECK (shift_start_sec BETWEEN 0 AND 86400),
        shift_end_sec INTEGER CHECK (shift_end_sec BETWEEN 0 AND 86400),
        start_lat REAL,
        start_lng REAL,
        start_system TEXT CHECK (start_system IN ('wgs84', 'gcj02', 'bd09')),
        start_address TEXT NOT NULL DEFAULT '' CHECK (length(start_address) <= 200),
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (officer_id, date),
        CHECK ((shift_start_sec IS NULL) = (shift_end_sec IS NULL)),
        CHECK (shift_start_sec IS NULL OR shift_start_sec < shift_end_sec),
        CHECK ((start_lat IS NULL) = (start_lng IS NULL) AND (start_lat IS NULL) = (start_system IS NULL)),
        CHECK (availability = 'working' OR (shift_start_sec IS NULL AND start_lat IS NULL))
      ) STRICT;
      CREATE INDEX officer_days_date ON officer_days (date);
      CREATE TABLE import_batches_new (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('visits', 'officers', 'outcomes', 'availability')),
        file_name TEXT NOT NULL,
        encoding TEXT NOT NULL,
        imported_at INTEGER NOT NULL,
        row_count INTEGER NOT NULL,
        inserted INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        error_count INTEGER NOT NULL
      ) STRICT;
      INSERT INTO import_batches_new SELECT * FROM import_batches;
      DROP TABLE import_batches;
      ALTER TABLE import_batches_new RENAME TO import_batches;
    `,
};
