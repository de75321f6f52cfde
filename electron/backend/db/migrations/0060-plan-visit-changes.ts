import type { Migration } from './migration';

/**
 * Visit records changed together with a plan version (a visit's window, place or service time
 * edited on a planned day), as `[{ visitId, before, after }]` with whole visit records: undoing the
 * version writes `before` back, redoing it writes `after`, so Undo restores record and plan together.
 */
export const migration0060: Migration = {
  version: 60,
  name: 'plan-visit-changes',
  sql: `
      ALTER TABLE plans ADD COLUMN visit_changes_json TEXT NOT NULL DEFAULT '[]' CHECK (json_type(visit_changes_json) = 'array');
    `,
};
