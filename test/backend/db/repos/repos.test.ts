import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createRepos, type Repos } from '../../../../electron/backend/db/repos';
import { makePlan, makeVisit } from '../builders';

describe('repos.transaction', () => {
  let db: Db;
  let repos: Repos;
  beforeEach(() => {
    db = openDatabase(':memory:');
    repos = createRepos(db);
  });
  afterEach(() => db.close());

  it('commits several repos together and returns the result', () => {
    const result = repos.transaction(() => {
      repos.plans.save(makePlan('P-1'));
      repos.audit.append({ actor: 'test', action: 'plan.save', entity: 'plan', entityId: 'P-1' });
      return repos.visits.upsertMany([makeVisit('V-1')]);
    });
    expect(result).toEqual({ inserted: 1, updated: 0 });
    expect(db.inTransaction).toBe(false);
    expect(repos.plans.current('2026-03-02')?.id).toBe('P-1');
    expect(repos.audit.list()).toHaveLength(1);
  });

  it("rolls back every repo write, including repos' own nested transactions, when fn throws", () => {
    const visits = repos.visits;
    visits.upsertMany([makeVisit('V-1')]);
    expect(() =>
      repos.transaction(() => {
        visits.upsertMany([makeVisit('V-2'), makeVisit('V-3')]);
        repos.plans.save(makePlan('P-1'));
        visits.setStatus(['V-1' as never], 'planned');
        throw new Error('service changed its mind');
      }),
    ).toThrow('service changed its mind');
    expect(visits.listByDate('2026-03-02').map((v) => [v.id, v.status])).toEqual([['V-1', 'approved']]);
    expect(repos.plans.current('2026-03-02')).toBeNull();
  });

  it('lets a caught failure inside undo only its own savepoint', () => {
    const visits = repos.visits;
    repos.transaction(() => {
      visits.upsertMany([makeVisit('V-1')]);
      expect(() => visits.upsertMany([makeVisit('V-2'), makeVisit('V-3', { status: 'lost' as never })])).toThrow(/CHECK/);
    });
    expect(visits.listByDate('2026-03-02').map((v) => v.id)).toEqual(['V-1']);
  });
});

describe('repos.settings', () => {
  it('makes the verification secret once and keeps it', () => {
    const db = openDatabase(':memory:');
    const first = createRepos(db).settings.verificationSecret();
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(createRepos(db).settings.verificationSecret()).toBe(first);
    db.close();
  });
});
