import type { Migration } from './migration';

/**
 * Visit outcomes (issue 19): what came of each visit the officers made or attempted, one per visit
 * (recording again replaces it; the audit trail keeps every version). An officers' returns file is
 * an import batch of its own kind: the batches table is rebuilt to accept it (SQLite cannot alter
 * a CHECK), its rows kept.
 */
export const migration0130: Migration = {
  version: 130,
  name: 'visit-outcomes',
  sql: `
      CREATE TABLE visit_outcomes (
        visit_id TEXT PRIMARY KEY REFERENCES visits (id),
        outcome TEXT NOT NULL CHECK (outcome IN ('done', 'failed')),
        result TEXT NOT NULL CHECK (result IN ('identity_verified', 'identity_not_verified', 'address_confirmed', 'wrong_address',
          'moved', 'promise_to_pay', 'paid', 'refused', 'not_at_home', 'complaint')),
        arrived_sec INTEGER CHECK (arrived_sec IS NULL OR arrived_sec BETWEEN 0 AND 86400),
        left_sec INTEGER CHECK (left_sec IS NULL OR left_sec BETWEEN 0 AND 86400),
        promise_amount REAL CHECK (promise_amount IS NULL OR promise_amount >= 0),
        promise_date TEXT CHECK (promise_date IS NULL OR promise_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        remarks TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE import_batches_new (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('visits', 'officers', 'outcomes')),
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
