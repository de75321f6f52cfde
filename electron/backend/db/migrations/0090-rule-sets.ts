import type { Migration } from './migration';

/**
 * The lender's visiting rules (issue 18), versioned: every change is a new row naming who made it,
 * when and why, and rows are never changed or removed, so what was in force for a plan stays
 * readable. The newest version is the rules in force. Plans get the version they were made under
 * (null: made before rules were versioned).
 */
export const migration0090: Migration = {
  version: 90,
  name: 'rule-sets',
  sql: `
      CREATE TABLE rule_sets (
        version INTEGER PRIMARY KEY CHECK (version >= 1),
        rules_json TEXT NOT NULL CHECK (json_type(rules_json) = 'object'),
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        reason TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER rule_sets_no_update BEFORE UPDATE ON rule_sets
        BEGIN SELECT RAISE(ABORT, 'rule_sets is append-only'); END;
      CREATE TRIGGER rule_sets_no_delete BEFORE DELETE ON rule_sets
        BEGIN SELECT RAISE(ABORT, 'rule_sets is append-only'); END;
      ALTER TABLE plans ADD COLUMN rules_version INTEGER;
    `,
};
