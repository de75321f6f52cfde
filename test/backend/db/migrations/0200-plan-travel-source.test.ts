import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate';

const PLAN = `INSERT INTO plans (id, date, planner, seed, created_at, is_current, stats_json) VALUES ('p1', '2026-11-23', 'sisr', 1, '2026-11-23T04:00:00Z', 1, '{}')`;

describe('migration 0200 plan travel source', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, { to: 170 });
  });
  afterEach(() => db.close());

  it('gives plans made before it no travel source, and keeps only a JSON object', () => {
    db.prepare(PLAN).run();
    migrate(db, { to: 200 });
    expect(db.prepare(`SELECT travel_source_json FROM plans WHERE id = 'p1'`).pluck().get()).toBeNull();
    const source = JSON.stringify({ router: 'osrm', url: 'http://127.0.0.1:5000', fellBack: false, reason: null });
    db.prepare(`UPDATE plans SET travel_source_json = ? WHERE id = 'p1'`).run(source);
    expect(db.prepare(`SELECT travel_source_json FROM plans WHERE id = 'p1'`).pluck().get()).toBe(source);
    expect(() => db.prepare(`UPDATE plans SET travel_source_json = '[1]' WHERE id = 'p1'`).run()).toThrow(/CHECK/);
  });
});
