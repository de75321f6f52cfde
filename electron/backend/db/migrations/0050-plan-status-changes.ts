import type { Migration } from './migration';

/**
 * Visit status changes that came with a plan version (visits cancelled or restored together with
 * their removal from routes), as `[{ visitId, from, to }]`: undoing the version sets them back,
 * redoing it sets them again, so Undo restores the visits' status and the plan together.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'plan-status-changes',
  sql: `
      ALTER TABLE plans ADD COLUMN status_changes_json TEXT NOT NULL DEFAULT '[]' CHECK (json_type(status_changes_json) = 'array');
    `,
};
