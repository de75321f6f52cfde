import type { Migration } from './migration';

/**
 * Follow-up rules in the rule set (issue 19): a follow-up names the outcome result whose rule
 * called for it (any result may now have one), who should make it and its priority. The table is
 * rebuilt to accept them (SQLite cannot alter a CHECK); an address flag of the first rules names
 * the result its visit's outcome gives (wrong address when none is recorded).
 */
export const migration0170: Migration = {
  version: 170,
  name: 'follow-up-rules',
  sql: `
      CREATE TABLE follow_ups_new (
        id INTEGER PRIMARY KEY,
        from_visit_id TEXT NOT NULL REFERENCES visits (id),
        rule TEXT NOT NULL CHECK (rule IN ('identity_verified', 'identity_not_verified', 'address_confirmed', 'wrong_address',
          'moved', 'promise_to_pay', 'paid', 'refused', 'not_at_home', 'complaint')),
        customer_id TEXT NOT NULL,
        kind TEXT CHECK (kind IS NULL OR kind IN ('verification', 'collection', 'follow-up')),
        earliest_date TEXT,
        latest_date TEXT,
        windows_json TEXT NOT NULL DEFAULT '[]' CHECK (json_type(windows_json) = 'array'),
        officer TEXT NOT NULL DEFAULT 'any' CHECK (officer IN ('any', 'same', 'other')),
        from_officer_id TEXT,
        priority INTEGER CHECK (priority IS NULL OR priority BETWEEN 1 AND 5),
        status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'withdrawn', 'flagged')),
        visit_id TEXT,
        created_at TEXT NOT NULL,
        decided_by TEXT,
        decided_at TEXT
      ) STRICT;
      INSERT INTO follow_ups_new (id, from_visit_id, rule, customer_id, kind, earliest_date, latest_date, windows_json,
          status, visit_id, created_at, decided_by, decided_at)
        SELECT f.id, f.from_visit_id,
            CASE WHEN f.rule = 'address_problem'
              THEN COALESCE((SELECT o.result FROM visit_outcomes o
                               WHERE o.visit_id = f.from_visit_id AND o.result IN ('wrong_address', 'moved')), 'wrong_address')
              ELSE f.rule END,
            f.customer_id, f.kind, f.earliest_date, f.latest_date, f.windows_json, f.status, f.visit_id, f.created_at,
            f.decided_by, f.decided_at
          FROM follow_ups f;
      DROP TABLE follow_ups;
      ALTER TABLE follow_ups_new RENAME TO follow_ups;
      CREATE INDEX follow_ups_customer ON follow_ups (customer_id);
      CREATE INDEX follow_ups_visit ON follow_ups (visit_id);
      CREATE TRIGGER follow_ups_no_delete BEFORE DELETE ON follow_ups
        BEGIN SELECT RAISE(ABORT, 'follow-ups are withdrawn, never deleted'); END;
    `,
};
