import type { Migration } from './migration';

/**
 * The audit log becomes a hash chain: every new entry stores the SHA-256 of the previous entry's
 * hash and its own content, and `audit_head` keeps the newest entry's id and hash, so an entry
 * changed, removed or slipped in by another SQLite client (triggers dropped) breaks the chain.
 * Entries written before this version keep no hash of their own; the chain runs through them.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'audit-chain',
  sql: `
      ALTER TABLE audit_log ADD COLUMN hash TEXT CHECK (hash IS NULL OR length(hash) = 64);
      CREATE TABLE audit_head (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        last_id INTEGER NOT NULL,
        last_hash TEXT NOT NULL CHECK (length(last_hash) = 64)
      ) STRICT;
    `,
};
