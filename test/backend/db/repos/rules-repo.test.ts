import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../../shared/api/errors';
import { DEFAULT_RULE_SET, type RuleSet } from '../../../../shared/domain';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createRulesRepo, type RulesRepo } from '../../../../electron/backend/db/repos/rules-repo';
import { createRepos } from '../../../../electron/backend/db/repos';
import { fixedClock } from '../builders';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

const H = 3600;
const block = (fromHour: number, toHour: number) => ({ startSec: fromHour * H, endSec: toHour * H });
const withHours = (day: keyof RuleSet['hours'], blocks: RuleSet['hours']['mon']): RuleSet => ({
  ...DEFAULT_RULE_SET,
  hours: { ...DEFAULT_RULE_SET.hours, [day]: blocks },
});

/** The error `fn` throws (an AppError is expected). */
function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('rules repo', () => {
  let db: Db;
  let repo: RulesRepo;
  const clock = fixedClock('2026-11-22T07:00:00.000Z');
  const rowCount = () => db.prepare('SELECT count(*) FROM rule_sets').pluck().get();
  beforeEach(() => {
    db = openDatabase(':memory:');
    clock.set('2026-11-22T07:00:00.000Z');
    repo = createRulesRepo(db, clock.now);
  });
  afterEach(() => db.close());

  it('has the defaults as version 1 until the rules change, stored on first read by system', () => {
    expect(rowCount()).toBe(0);
    const first = repo.current();
    expect(first).toEqual({
      version: 1,
      rules: DEFAULT_RULE_SET,
      changedBy: 'system',
      changedAt: '2026-11-22T07:00:00.000Z',
      reason: 'defaults',
    });
    expect(rowCount()).toBe(1);
    // Later reads neither write nor move version 1's time.
    clock.set('2026-11-30T07:00:00.000Z');
    expect(repo.current()).toEqual(first);
    expect(repo.get(1)).toEqual(first);
    expect(repo.list()).toEqual([first]);
    expect(rowCount()).toBe(1);
  });

  it('stores each change as the next version, with who, when and why; the newest is current', () => {
    clock.set('2026-12-01T02:00:00.000Z');
    const saturdays = withHours('sat', [block(9, 18)]);
    const second = repo.save(saturdays, 'Zhou Min', 'Saturdays start later');
    expect(second).toEqual({
      version: 2,
      rules: saturdays,
      changedBy: 'Zhou Min',
      changedAt: '2026-12-01T02:00:00.000Z',
      reason: 'Saturdays start later',
    });
    expect(repo.get(1)).toMatchObject({ version: 1, rules: DEFAULT_RULE_SET, changedBy: 'system', changedAt: '2026-12-01T02:00:00.000Z' });

    clock.set('2026-12-02T02:00:00.000Z');
    const third = repo.save({ ...saturdays, holidays: ['2027-01-01'] }, 'Zhou Min', 'New Year');
    expect(repo.current()).toEqual(third);
    expect(repo.list().map((v) => [v.version, v.reason])).toEqual([
      [3, 'New Year'],
      [2, 'Saturdays start later'],
      [1, 'defaults'],
    ]);
    expect(repo.get(2)).toEqual(second);
    expect(repo.get(4)).toBeNull();
  });

  it('sorts blocks and dates and drops repeated dates', () => {
    const saved = repo.save(
      {
        ...withHours('mon', [block(14, 18), block(8, 12)]),
        holidays: ['2027-02-17', '2027-01-01', '2027-02-17'],
        workdays: ['2027-02-07', '2027-01-04'],
        noVisitDays: ['2027-03-01', '2027-03-01'],
      },
      '  Zhou Min ',
      ' tidy ',
    );
    expect(saved.rules.hours.mon).toEqual([block(8, 12), block(14, 18)]);
    expect(saved.rules.holidays).toEqual(['2027-01-01', '2027-02-17']);
    expect(saved.rules.workdays).toEqual(['2027-01-04', '2027-02-07']);
    expect(saved.rules.noVisitDays).toEqual(['2027-03-01']);
    expect([saved.changedBy, saved.reason]).toEqual(['Zhou Min', 'tidy']);
    expect(repo.current()).toEqual(saved);
  });

  it('refuses overlapping blocks of one weekday, naming the day and the block, and stores nothing', () => {
    repo.current();
    const error = thrown(() => repo.save(withHours('sat', [block(13, 18), block(8, 14)]), 'Zhou Min', 'lunch'));
    expect(error.code).toBe('bad_input');
    expect(error.userMessage.en).toBe(
      'The visiting rules were not saved: hours.sat[0]: overlaps 08:00-14:00 of the same day; make them separate blocks.',
    );
    expect(error.userMessage.zh).toContain('hours.sat[0]：与同一天的 08:00-14:00 重叠');
    // Blocks that only touch are separate.
    expect(repo.save(withHours('sat', [block(8, 12), block(12, 18)]), 'Zhou Min', 'split').version).toBe(2);
    expect(rowCount()).toBe(2);
  });

  it('refuses an adjusted working day that is also a holiday, rules the schema refuses, and no author', () => {
    const both = thrown(() => repo.save({ ...DEFAULT_RULE_SET, holidays: ['2027-02-07'], workdays: ['2027-02-07'] }, 'Zhou Min', 'x'));
    expect(both.userMessage.en).toContain('workdays[0]: 2027-02-07 is also listed as a public holiday (holidays[0])');
    const bad = { ...DEFAULT_RULE_SET, holidays: ['2027-02-30'], frequency: { ...DEFAULT_RULE_SET.frequency, maxVisits: 0 } };
    expect(thrown(() => repo.save(bad, 'Zhou Min', 'x')).userMessage.en).toBe(
      'The visiting rules were not saved: holidays[0] and frequency.maxVisits are not valid.',
    );
    expect(thrown(() => repo.save(DEFAULT_RULE_SET, ' ', 'x')).userMessage.en).toContain('changedBy');
    expect(thrown(() => repo.save(DEFAULT_RULE_SET, 'Zhou Min', '')).userMessage.en).toContain('reason');
    expect(repo.list()).toHaveLength(1);
  });

  it('reads versions stored before certificates existed as requiring none, and keeps certificates saved since', () => {
    const { certificates: _c, ...older } = withHours('sun', []);
    db.prepare('INSERT INTO rule_sets (version, rules_json, changed_by, changed_at, reason) VALUES (?, ?, ?, ?, ?)').run(
      1,
      JSON.stringify(older),
      'Zhou Min',
      '2026-10-01T00:00:00.000Z',
      'Sundays off',
    );
    expect(repo.current().rules).toEqual(withHours('sun', []));
    expect(repo.current().rules.certificates).toEqual({ verification: null, collection: null, 'follow-up': null });

    const certified = { ...older, certificates: { verification: null, collection: ' Cert-X ', 'follow-up': 'cert-x' } };
    expect(repo.save(certified, 'Zhou Min', 'Collection needs cert-x').rules.certificates).toEqual({
      verification: null,
      collection: 'cert-x',
      'follow-up': 'cert-x',
    });
    expect(repo.get(2)?.rules.certificates.collection).toBe('cert-x');
    expect(repo.get(1)?.rules.certificates.collection).toBeNull();
    const bad = { ...certified, certificates: { ...certified.certificates, collection: 'cert x' } };
    expect(thrown(() => repo.save(bad, 'Zhou Min', 'x')).userMessage.en).toMatch(
      /^The visiting rules were not saved: certificates\.collection /,
    );
  });

  it('reports the defaults as version 1 over a read-only connection, storing nothing', () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    openDatabase(file).close();
    const readonly = openDatabase(file, { readonly: true });
    try {
      const rules = createRulesRepo(readonly, clock.now);
      expect(rules.current()).toMatchObject({ version: 1, rules: DEFAULT_RULE_SET, changedBy: 'system', reason: 'defaults' });
      expect(rules.list().map((v) => v.version)).toEqual([1]);
      expect(rules.get(1)?.reason).toBe('defaults');
      expect(readonly.prepare('SELECT count(*) FROM rule_sets').pluck().get()).toBe(0);
    } finally {
      readonly.close();
    }
  });

  it('is the repos’ rules, on their clock', () => {
    const repos = createRepos(db, clock.now);
    expect(repos.rules.current().version).toBe(1);
    expect(repos.rules.save(withHours('sun', []), 'Zhou Min', 'Sundays off').version).toBe(2);
    expect(repo.current().rules.hours.sun).toEqual([]);
  });
});
