import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { dbVersion, migrate } from '../../../../electron/backend/db/migrate';

const insertOfficer = (db: Db, id: string) =>
  db.exec(
    `INSERT INTO officers (id, name, team, agency, start_lat, start_lng, start_system, shift_start_sec, shift_end_sec,
       breaks_json, max_visits, max_working_sec, skills_json, travel_mode, is_active, created_at, updated_at)
     VALUES ('${id}', 'Officer ${id}', 'East', '', 31.2, 121.4, 'wgs84', 28800, 64800, '[]', 8, 32400, '[]', 'scooter', 1, 0, 0)`,
  );

describe('migration 0070 officer addresses', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
  });
  afterEach(() => db.close());

  it('gives existing officers no addresses and keeps them', () => {
    migrate(db, { to: 60 });
    insertOfficer(db, 'O-old');
    migrate(db, { to: 70 });
    expect(dbVersion(db)).toBe(70);
    expect(db.prepare('SELECT id, start_address, end_address FROM officers').all()).toEqual([
      { id: 'O-old', start_address: '', end_address: '' },
    ]);
  });

  it('refuses an address longer than 200 characters', () => {
    migrate(db, { to: 70 });
    insertOfficer(db, 'O-1');
    expect(() => db.prepare('UPDATE officers SET start_address = ? WHERE id = ?').run('x'.repeat(201), 'O-1')).toThrow(/CHECK/);
    db.prepare('UPDATE officers SET end_address = ? WHERE id = ?').run('示例路 1 号', 'O-1');
  });
});
