import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate';

describe('migration 0190 territories', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, { to: 190 });
  });
  afterEach(() => db.close());

  it('keeps one territory per name, of a known owner kind and rule, with a price of at most a day and a JSON geometry', () => {
    const insert = (name: string, ownerKind = 'team', rule = 'hard', price = 0, geometry = '{"type":"Polygon","coordinates":[]}') =>
      db
        .prepare(
          `INSERT INTO territories (name, owner_kind, owner, rule, outside_price, geometry_json, updated_at, updated_by)
           VALUES (?, ?, 'North', ?, ?, ?, 0, 'cli')`,
        )
        .run(name, ownerKind, rule, price, geometry);
    insert('Xuhui');
    expect(() => insert('Xuhui')).toThrow(/UNIQUE/);
    expect(() => insert('A', 'agency')).toThrow(/CHECK/);
    expect(() => insert('B', 'team', 'sometimes')).toThrow(/CHECK/);
    expect(() => insert('C', 'team', 'soft', 86_401)).toThrow(/CHECK/);
    expect(() => insert('D', 'team', 'soft', 600, '[]')).toThrow(/CHECK/);
    expect(() => insert('', 'team')).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM territories').get()).toEqual({ n: 1 });
  });
});
