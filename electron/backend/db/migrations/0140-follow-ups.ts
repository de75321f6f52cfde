import type { Migration } from './migration';

/**
 * Follow-ups (issue 19): visits an outcome calls for, proposed for approval and linked to the visit
 * they came from; approving one makes a visit. Never deleted: withdrawn or approved, they stay.
 */
export const migration0140: Migration = {
  version: 140,
  name: 'follow-ups',
  sql: `
      CREATE TABLE follow_ups (
        id INTEGER PRIMARY KEY,
        from_visit_id TEXT NOT NULL REFERENCES visits (id),
        rule TEXT NOT NULL CHECK (rule IN ('not_at_home', 'promise_to_pay', 'address_problem')),
        customer_id TEXT NOT NULL,
        kind TEXT CHECK (kind IS NULL OR kind IN ('verification', 'collection', 'follow-up')),
        earliest_date TEXT,
        latest_date TEXT,
        windows_json TEXT NOT NULL DEFAULT '[]' CHECK (json_type(windows_json) = 'array'),
        status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'withdrawn', 'flagged')),
        visit_id TEXT,
        created_at TEXT NOT NULL,
        decided_by TEXT,
        decided_at TEXT
      ) STRICT;
      CREATE INDEX follow_ups_customer ON follow_ups (customer_id);
      CREATE TRIGGER follow_ups_no_delete BEFORE DELETE ON follow_ups
        BEGIN SELECT RAISE(ABORT, 'follow-ups are withdrawn, never deleted'); END;
    `,
};
