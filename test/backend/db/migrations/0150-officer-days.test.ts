import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate';

const batch = (db: Db, kind: string) =>
  db
    .prepare(
      `INSERT INTO import_batches (kind, file_name, encoding, imported_at, row_count, inserted, updated, error_count)
       VALUES (?, 'f.csv', 'utf-8', 1, 1, 1, 0, 0)`,
    )
    .run(kind);

const officer = (db: Db, id: string) =>
  db
    .prepare(
      `INSERT INTO officers (id, name, team, agency, start_lat, start_lng, start_system, shift_start_sec, shift_end_sec, breaks_json,
         max_visits, max_working_sec, skills_json, travel_mode, is_active, created_at, updated_at)
       VALUES (?, '测试', '', '', 31.2, 121.4, 'wgs84', 32400, 64800, '[]', 12, 32400, '[]', 'driving', 1, 0, 0)`,
    )
    .run(id);

describe('migration 0150 officer days', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, { to: 140 });
  });
  afterEach(() => db.close());

  it('keeps the import batches made before it, and takes availability files as a batch kind of their own', () => {
    batch(db, 'outcomes');
    expect(() => batch(db, 'availability')).toThrow(/CHECK/);
    migrate(db, { to: 150 });
    expect(db.prepare('SELECT kind FROM import_batches').pluck().all()).toEqual(['outcomes']);
    batch(db, 'availability');
    expect(() => batch(db, 'rota')).toThrow(/CHECK/);
  });

  it('takes one day per officer and date, of a known officer, with no shift or place on a day off', () => {
    migrate(db, { to: 150 });
    db.pragma('foreign_keys = ON');
    const day = (officerId: string, availability: string, shift: [number, number] | null, lat: number | null = null) =>
      db
        .prepare(
          `INSERT INTO officer_days (officer_id, date, availability, shift_start_sec, shift_end_sec, start_lat, start_lng, start_system, updated_at)
           VALUES (?, '2026-11-23', ?, ?, ?, ?, ?, ?, 'now')`,
        )
        .run(
          officerId,
          availability,
          shift?.[0] ?? null,
          shift?.[1] ?? null,
          lat,
          lat === null ? null : 121.4,
          lat === null ? null : 'wgs84',
        );
    expect(() => day('O-1', 'off', null)).toThrow(/FOREIGN KEY/);
    officer(db, 'O-1');
    officer(db, 'O-2');
    day('O-1', 'off', null);
    expect(() => day('O-1', 'working', null)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => day('O-2', 'off', [32400, 43200])).toThrow(/CHECK/);
    expect(() => day('O-2', 'off', null, 31.2)).toThrow(/CHECK/);
    expect(() => day('O-2', 'working', [43200, 32400])).toThrow(/CHECK/);
    expect(() => day('O-2', 'away', null)).toThrow(/CHECK/);
    day('O-2', 'working', [32400, 43200], 31.3);
    expect(db.prepare('SELECT officer_id, availability FROM officer_days ORDER BY officer_id').all()).toEqual([
      { officer_id: 'O-1', availability: 'off' },
      { officer_id: 'O-2', availability: 'working' },
    ]);
  });
});
