import type { Migration } from './migration';

/**
 * Holds on customers (issue 18): complaints, disputes, legal holds, vulnerable customers and
 * "do not visit until". A hold is placed and released, never changed or removed, so the audit
 * trail and a customer's case file can always say what held the customer when.
 */
export const migration0100: Migration = {
  version: 100,
  name: 'customer-holds',
  sql: `
      CREATE TABLE customer_holds (
        id INTEGER PRIMARY KEY,
        customer_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('complaint', 'dispute', 'legal', 'vulnerable', 'do_not_visit')),
        officer_id TEXT,
        until_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        placed_by TEXT NOT NULL,
        placed_at TEXT NOT NULL,
        released_by TEXT,
        released_at TEXT,
        release_reason TEXT,
        CHECK (kind = 'do_not_visit' OR until_date IS NULL),
        CHECK (kind = 'complaint' OR officer_id IS NULL),
        CHECK ((released_at IS NULL) = (released_by IS NULL))
      ) STRICT;
      CREATE INDEX customer_holds_customer ON customer_holds (customer_id);
      CREATE TRIGGER customer_holds_no_delete BEFORE DELETE ON customer_holds
        BEGIN SELECT RAISE(ABORT, 'customer holds are released, never deleted'); END;
    `,
};
