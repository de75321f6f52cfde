import type { Migration } from './migration';

/**
 * Officers' start and end places get an address next to their coordinates, so the roster and the
 * officers screen say where a day starts and ends in words. Existing officers get none ('').
 */
export const migration0070: Migration = {
  version: 70,
  name: 'officer-addresses',
  sql: `
      ALTER TABLE officers ADD COLUMN start_address TEXT NOT NULL DEFAULT '' CHECK (length(start_address) <= 200);
      ALTER TABLE officers ADD COLUMN end_address TEXT NOT NULL DEFAULT '' CHECK (length(end_address) <= 200);
    `,
};
