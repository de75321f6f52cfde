import type { Migration } from './migration';

/**
 * Travel times already asked of a routing provider, keyed by rounded coordinates, so re-planning a
 * day does not pay (in money or rate limit) for the same legs again. WITHOUT ROWID: the key is
 * the only way rows are read.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'travel-cache',
  sql: `
      CREATE TABLE travel_cache (
        provider TEXT NOT NULL,
        mode TEXT NOT NULL,
        from_key TEXT NOT NULL,
        to_key TEXT NOT NULL,
        duration_sec INTEGER NOT NULL CHECK (duration_sec >= 0),
        distance_m INTEGER NOT NULL CHECK (distance_m >= 0),
        PRIMARY KEY (provider, mode, from_key, to_key)
      ) WITHOUT ROWID, STRICT;
    `,
};
