import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { dbVersion, migrate } from '../../../../electron/backend/db/migrate';

const tables = (db: Db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();

const visitRow = {
  id: 'V-1',
  date: '2026-03-02',
  kind: 'collection',
  customer_id: 'C-1',
  customer_name: '测试',
  phone: '',
  address: '示例路',
  lat: 31.2,
  lng: 121.4,
  coord_system: 'gcj02',
  windows_json: '[]',
  service_sec: 600,
  priority: 3,
  risk_score: null,
  overdue_days: null,
  overdue_amount: null,
  required_skills_json: '[]',
  approval_ref: 'A-1',
  status: 'approved',
  notes: '',
  created_at: 1,
  updated_at: 1,
};
const insertVisit = (db: Db, row: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO visits (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row)
        .map((k) => `@${k}`)
        .join(', ')})`,
    )
    .run(row);

describe('migration 0010 initial', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { to: 0 });
  });
  afterEach(() => db.close());

  it('creates the tables from an empty database', () => {
    expect(tables(db)).toEqual([]);
    migrate(db, { to: 10 });
    expect(dbVersion(db)).toBe(10);
    expect(tables(db)).toEqual([
      '_migrations',
      'audit_log',
      'import_batches',
      'officers',
      'plan_routes',
      'plan_stops',
      'plan_unassigned',
      'plans',
      'visits',
    ]);
  });

  it('enforces enums and STRICT types on visits', () => {
    migrate(db, { to: 10 });
    insertVisit(db, visitRow);
    expect(() => insertVisit(db, { ...visitRow, id: 'V-2', kind: 'sales' })).toThrow(/CHECK/);
    expect(() => insertVisit(db, { ...visitRow, id: 'V-3', status: 'lost' })).toThrow(/CHECK/);
    expect(() => insertVisit(db, { ...visitRow, id: 'V-4', service_sec: 'ten minutes' })).toThrow(/cannot store TEXT/);
  });

  it('cascades plan deletes to routes, stops and unassigned, and allows only one current plan per date', () => {
    migrate(db, { to: 10 });
    db.exec(`
      INSERT INTO plans VALUES ('P-1', '2026-03-02', 'test', 1, 't', 1, '{}');
      INSERT INTO plan_routes (plan_id, officer_id, seq, depart_sec, finish_sec, return_travel_sec,
        return_distance_m, travel_sec, distance_m, working_sec) VALUES ('P-1', 'O-1', 0, 0, 0, 0, 0, 0, 0, 0);
      INSERT INTO plan_stops VALUES ('P-1', 'O-1', 0, 'V-1', 0, 0, 0, 0, 0, 0);
      INSERT INTO plan_unassigned VALUES ('P-1', 'V-2', 0, '[]', 'en', 'zh');
    `);
    expect(() => db.exec("INSERT INTO plan_stops VALUES ('P-1', 'O-9', 0, 'V-3', 0, 0, 0, 0, 0, 0)")).toThrow(/FOREIGN KEY/);
    expect(() => db.exec("INSERT INTO plans VALUES ('P-2', '2026-03-02', 'test', 1, 't', 1, '{}')")).toThrow(/UNIQUE/);
    db.exec("DELETE FROM plans WHERE id = 'P-1'");
    for (const table of ['plan_routes', 'plan_stops', 'plan_unassigned']) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()).toBe(0);
    }
  });

  it('makes audit_log append-only', () => {
    migrate(db, { to: 10 });
    db.exec("INSERT INTO audit_log (at, actor, action, entity, detail_json) VALUES ('t', 'a', 'b', 'c', 'null')");
    expect(() => db.exec("UPDATE audit_log SET actor = 'x'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
  });
});
