import type { Migration } from './migration';

/**
 * Where a plan's travel times came from (issue 20): the router and, when its server could not be
 * reached and the workspace allowed it, that the straight-line model stood in and why. Plans made
 * before have none (NULL).
 */
export const migration0200: Migration = {
  version: 200,
  name: 'plan-travel-source',
  sql: `
      ALTER TABLE plans ADD COLUMN travel_source_json TEXT CHECK (travel_source_json IS NULL OR json_type(travel_source_json) = 'object');
    `,
};
