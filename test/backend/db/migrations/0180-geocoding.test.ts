import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dbVersion, migrate } from '../../../../electron/backend/db/migrate';
import { createVisitsRepo } from '../../../../electron/backend/db/repos/visits-repo';
import type { VisitId } from '../../../../shared/domain';

// A synthetic visit (no real person), as the schema before 0180 stores it.
const insertVisit = (db: Db, id: string) =>
  db.exec(
    `INSERT INTO visits (id, date, kind, customer_id, customer_name, phone, address, lat, lng, coord_system, windows_json,
       service_sec, priority, risk_score, overdue_days, overdue_amount, required_skills_json, approval_ref, status, notes,
       created_at, updated_at)
     VALUES ('${id}', '2026-11-23', 'collection', 'C-1', '测试', '', '示例路 1 号', 31.2, 121.4, 'gcj02',
       '[{"startSec":32400,"endSec":43200}]', 1800, 3, NULL, NULL, NULL, '[]', 'AP-1', 'approved', '', 0, 0)`,
  );

describe('migration 0180 geocoding', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
  });
  afterEach(() => db.close());

  it('leaves existing visits with the place their file gave, not a geocoded one', () => {
    migrate(db, { to: 170 });
    insertVisit(db, 'V-old');
    migrate(db, { to: 180 });
    expect(dbVersion(db)).toBe(180);
    const visit = createVisitsRepo(db).get('V-old' as VisitId)!;
    expect(visit.location).toEqual({ lat: 31.2, lng: 121.4, system: 'gcj02' });
    expect(visit.locating).toBeUndefined();
  });

  it('reads a pending visit as having no place, and refuses an unknown source or confidence', () => {
    migrate(db, { to: 180 });
    insertVisit(db, 'V-1');
    db.exec(`UPDATE visits SET location_source = 'pending', lat = 0, lng = 0 WHERE id = 'V-1'`);
    expect(createVisitsRepo(db).get('V-1' as VisitId)).toMatchObject({
      location: null,
      locating: { source: 'pending', confidence: null, problem: null },
    });
    expect(() => db.exec(`UPDATE visits SET location_source = 'maybe' WHERE id = 'V-1'`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE visits SET location_confidence = 1.5 WHERE id = 'V-1'`)).toThrow(/CHECK/);
  });

  it('caches one answer per service and address: a match with its point and confidence, or none', () => {
    migrate(db, { to: 180 });
    const put = (key: string, found: number, lat: number | null, confidence: number | null) =>
      db
        .prepare(
          `INSERT INTO geocode_cache (provider, address_key, is_found, lat, lng, confidence, label, asked_at) VALUES ('amap@x', ?, ?, ?, ?, ?, NULL, 0)`,
        )
        .run(key, found, lat, lat === null ? null : 121.4, confidence);
    put('a', 1, 31.2, 0.9);
    put('b', 0, null, null);
    expect(() => put('a', 0, null, null)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => put('c', 1, null, null)).toThrow(/CHECK/);
    expect(() => put('d', 0, 31.2, 0.5)).toThrow(/CHECK/);
  });
});
