import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate';

describe('migration 0170 follow-up rules', () => {
  let db: Db;
  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, { to: 160 });
    // The visits follow-ups and outcomes come from are not this test's business.
    db.pragma('foreign_keys = OFF');
  });
  afterEach(() => db.close());

  const followUp = (from: string, rule: string) =>
    db
      .prepare(`INSERT INTO follow_ups (from_visit_id, rule, customer_id, status, created_at) VALUES (?, ?, 'C-1', 'flagged', 'now')`)
      .run(from, rule);
  const outcome = (visitId: string, result: string) =>
    db
      .prepare(
        `INSERT INTO visit_outcomes (visit_id, outcome, result, recorded_by, recorded_at) VALUES (?, 'failed', ?, 'dispatcher', 'now')`,
      )
      .run(visitId, result);

  it('names an address flag by its visit’s result, keeps every follow-up, and takes any result with an officer and priority', () => {
    followUp('V-1', 'not_at_home');
    followUp('V-2', 'address_problem');
    outcome('V-2', 'moved');
    followUp('V-3', 'address_problem');
    migrate(db, { to: 170 });
    expect(db.prepare('SELECT from_visit_id, rule, officer, priority FROM follow_ups ORDER BY id').raw().all()).toEqual([
      ['V-1', 'not_at_home', 'any', null],
      ['V-2', 'moved', 'any', null],
      ['V-3', 'wrong_address', 'any', null],
    ]);
    db.prepare(
      `INSERT INTO follow_ups (from_visit_id, rule, customer_id, status, created_at, officer, from_officer_id, priority)
       VALUES ('V-4', 'refused', 'C-1', 'proposed', 'now', 'other', 'OF-1', 5)`,
    ).run();
    expect(() => followUp('V-5', 'address_problem')).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE follow_ups SET officer = 'boss' WHERE id = 4`).run()).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM follow_ups').run()).toThrow(/never deleted/);
  });
});
