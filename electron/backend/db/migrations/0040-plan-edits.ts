import type { Migration } from './migration';

/**
 * Plan editing: each edit or re-optimisation saves a new plan version that names the plan it came
 * from (`parent_id`, for undo) and carries the rules it breaks and the dispatcher's locks as JSON.
 * An edit touches one or two routes, so a version's other routes point at the stops already stored
 * for an earlier version (`plan_routes.stops_plan_id`; NULL: its own), and a version whose
 * unassigned list did not change points at the stored list (`plans.unassigned_plan_id`), instead
 * of copying thousands of rows per edit. `plan_redo` is each day's redo stack: undo pushes the plan it leaves, redo pops
 * it, and saving a new version empties it (the plans themselves stay, for the audit trail).
 */
export const migration0040: Migration = {
  version: 40,
  name: 'plan-edits',
  sql: `
      ALTER TABLE plans ADD COLUMN parent_id TEXT REFERENCES plans (id) ON DELETE SET NULL;
      ALTER TABLE plans ADD COLUMN violations_json TEXT NOT NULL DEFAULT '[]' CHECK (json_type(violations_json) = 'array');
      ALTER TABLE plans ADD COLUMN locks_json TEXT NOT NULL DEFAULT '{"pinned":[],"fixedOrder":[],"done":[]}' CHECK (json_type(locks_json) = 'object');
      ALTER TABLE plans ADD COLUMN unassigned_plan_id TEXT REFERENCES plans (id);
      ALTER TABLE plan_routes ADD COLUMN stops_plan_id TEXT REFERENCES plans (id);

      CREATE TABLE plan_redo (
        date TEXT NOT NULL,
        seq INTEGER NOT NULL,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        PRIMARY KEY (date, seq)
      ) STRICT;
    `,
};
