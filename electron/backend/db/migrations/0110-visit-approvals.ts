import type { Migration } from './migration';

/**
 * A visit's approval gets an approver, an expiry (the last day it is valid) and a scope (the visit
 * kinds it covers, a JSON array) next to its number (issue 18). Existing visits get none of them
 * (NULL): approved by someone unnamed, for good, for any kind, as they were planned until now.
 */
export const migration0110: Migration = {
  version: 110,
  name: 'visit-approvals',
  sql: `
      ALTER TABLE visits ADD COLUMN approved_by TEXT CHECK (approved_by IS NULL OR length(approved_by) BETWEEN 1 AND 100);
      ALTER TABLE visits ADD COLUMN approval_expires TEXT CHECK (approval_expires IS NULL OR approval_expires GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
      ALTER TABLE visits ADD COLUMN approval_scope_json TEXT CHECK (approval_scope_json IS NULL OR (json_valid(approval_scope_json) AND json_type(approval_scope_json) = 'array'));
    `,
};
