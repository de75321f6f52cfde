import type { Migration } from './migration';

/**
 * Workspace settings as key → text value (for example the secret behind officers' verification
 * codes). Values are written once by the service that owns them.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'settings',
  sql: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
        value TEXT NOT NULL
      ) WITHOUT ROWID, STRICT;
    `,
};
