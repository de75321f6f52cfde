import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate';

describe('migration 0160 import mappings', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, { to: 160 });
  });
  afterEach(() => db.close());

  it('keeps one mapping per name, of a known kind, with its layout and columns as JSON arrays', () => {
    const insert = (name: string, kind: string, columns = '[]') =>
      db
        .prepare(
          `INSERT INTO import_mappings (name, kind, layout_key, signature_json, columns_json, saved_at, saved_by) VALUES (?, ?, 'a', '["a"]', ?, 0, 'cli')`,
        )
        .run(name, kind, columns);
    insert('Lender A', 'visits');
    expect(() => insert('Lender A', 'officers')).toThrow(/UNIQUE/);
    expect(() => insert('Lender B', 'loans')).toThrow(/CHECK/);
    expect(() => insert('Lender C', 'visits', '{}')).toThrow(/CHECK/);
    expect(() => insert('', 'visits')).toThrow(/CHECK/);
  });
});
