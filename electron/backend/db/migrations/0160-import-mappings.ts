import type { Migration } from './migration';

/**
 * Saved column mappings (issue 19): how the files of one source are read when their headers are
 * not names the import knows. One row per name; `layout_key` is the file layout (its normalised
 * header row) a file must have to be mapped by it without naming it.
 */
export const migration0160: Migration = {
  version: 160,
  name: 'import-mappings',
  sql: `
      CREATE TABLE import_mappings (
        name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 80),
        kind TEXT NOT NULL CHECK (kind IN ('visits', 'officers', 'outcomes', 'availability')),
        layout_key TEXT NOT NULL,
        signature_json TEXT NOT NULL CHECK (json_type(signature_json) = 'array'),
        columns_json TEXT NOT NULL CHECK (json_type(columns_json) = 'array'),
        saved_at INTEGER NOT NULL,
        saved_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX import_mappings_layout ON import_mappings (kind, layout_key);
    `,
};
