import type { Migration } from './migration';

/**
 * Local user profiles with their role (issue 18), and the rules a supervisor let a plan's manual
 * moves break. A profile is never deleted: the audit trail names it, so a user who left is made
 * inactive instead.
 */
export const migration0120: Migration = {
  version: 120,
  name: 'users-and-overrides',
  sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        role TEXT NOT NULL CHECK (role IN ('dispatcher', 'supervisor')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER users_no_delete BEFORE DELETE ON users
        BEGIN SELECT RAISE(ABORT, 'user profiles are made inactive, never deleted'); END;
      ALTER TABLE plans ADD COLUMN overrides_json TEXT NOT NULL DEFAULT '[]' CHECK (json_type(overrides_json) = 'array');
    `,
};
