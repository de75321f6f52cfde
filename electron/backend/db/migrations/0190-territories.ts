import type { Migration } from './migration';

/**
 * Territories (issue 20): named areas (GeoJSON Polygon or MultiPolygon in WGS-84) of a team or an
 * officer, with their rule: `hard` (work only inside) or `soft` with a price per visit outside, in
 * equivalent seconds of travel. Names are unique; every change is audited with the before and after.
 */
export const migration0190: Migration = {
  version: 190,
  name: 'territories',
  sql: `
      CREATE TABLE territories (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
        owner_kind TEXT NOT NULL CHECK (owner_kind IN ('team', 'officer')),
        owner TEXT NOT NULL CHECK (length(owner) BETWEEN 1 AND 64),
        rule TEXT NOT NULL CHECK (rule IN ('hard', 'soft')),
        outside_price INTEGER NOT NULL CHECK (outside_price BETWEEN 0 AND 86400),
        geometry_json TEXT NOT NULL CHECK (json_type(geometry_json) = 'object'),
        updated_at INTEGER NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
    `,
};
