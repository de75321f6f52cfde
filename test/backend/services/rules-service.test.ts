import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../../shared/api/contract';
import { DEFAULT_RULE_SET, type RuleSet, type RuleSetVersion } from '../../../shared/domain';
import { openDatabase } from '../../../electron/backend/db/open';
import { createHandlers } from '../../../electron/backend/handlers';
import { createEventHub } from '../../../electron/backend/events';
import { createRepos } from '../../../electron/backend/db/repos';
import { changeRules } from '../../../electron/backend/services/rules-service';
import { call } from './plan-kit';
import { signInSupervisor, TEST_SUPERVISOR } from '../../support/test-workspace';

const SUNDAYS_OFF: RuleSet = { ...DEFAULT_RULE_SET, hours: { ...DEFAULT_RULE_SET.hours, sun: [] } };

describe('rules.current, rules.history and rules.change', () => {
  let db: Db;
  let handlers: Handlers;
  const change = (rules: RuleSet, reason: string) => call<RuleSetVersion>(handlers, 'rules.change', { rules, reason });
  const audit = () => createRepos(db).audit.list({ entity: 'rules' });

  beforeEach(async () => {
    db = openDatabase(':memory:');
    handlers = createHandlers(db, { events: createEventHub(), clock: () => new Date('2026-11-22T07:00:00Z'), logError: () => undefined });
    await signInSupervisor(handlers);
  });
  afterEach(() => db.close());

  it('changes the rules as a new version and audits who, which version and why', async () => {
    expect(await call(handlers, 'rules.current', {})).toMatchObject({ version: 1, rules: DEFAULT_RULE_SET, changedBy: 'system' });
    const saved = await change(SUNDAYS_OFF, 'No visits on Sundays from December');
    expect(saved).toEqual({
      version: 2,
      rules: SUNDAYS_OFF,
      changedBy: TEST_SUPERVISOR.id,
      changedAt: '2026-11-22T07:00:00.000Z',
      reason: 'No visits on Sundays from December',
    });
    expect(await call(handlers, 'rules.current', {})).toEqual(saved);
    expect((await call<RuleSetVersion[]>(handlers, 'rules.history', {})).map((v) => v.version)).toEqual([2, 1]);
    expect(audit()).toEqual([
      expect.objectContaining({
        action: 'rules.change',
        entity: 'rules',
        entityId: '2',
        detail: { version: 2, changedBy: TEST_SUPERVISOR.id, reason: 'No visits on Sundays from December' },
      }),
    ]);
  });

  it("is a supervisor's to change: a dispatcher is refused in both languages, nothing stored", async () => {
    await call(handlers, 'users.save', { id: 'li', name: 'Li Na', role: 'dispatcher', active: true });
    await call(handlers, 'session.signIn', { userId: 'li' });
    await expect(change(SUNDAYS_OFF, 'Sundays off')).rejects.toThrow(
      'forbidden: Only a supervisor may change the visiting rules; Li Na (li) is signed in as a dispatcher.',
    );
    expect((await call<RuleSetVersion>(handlers, 'rules.current', {})).version).toBe(1);
  });

  it('refuses an unchanged rule set, in both languages, writing nothing', async () => {
    await change({ ...SUNDAYS_OFF, holidays: ['2026-10-01', '2027-01-01'] }, 'Sundays off');
    // The same rules written in another order, a date repeated, are no change.
    const reordered: RuleSet = { ...SUNDAYS_OFF, holidays: ['2027-01-01', '2026-10-01', '2027-01-01'] };
    await expect(change(reordered, 'again')).rejects.toThrow(
      'bad_input: These are the visiting rules of version 2 already; nothing was saved.',
    );
    await expect(change(DEFAULT_RULE_SET, 'back')).resolves.toMatchObject({ version: 3 });
    expect(audit()).toHaveLength(2);
  });

  it('refuses an empty reason or author and overlapping hours, writing nothing', async () => {
    const repos = createRepos(db);
    expect(() => changeRules(repos, SUNDAYS_OFF, 'Zhou Min', '  ')).toThrow(/Say why the visiting rules change/);
    expect(() => changeRules(repos, SUNDAYS_OFF, '', 'why')).toThrow(/Say who changes the visiting rules/);
    await expect(change(SUNDAYS_OFF, ' ')).rejects.toThrow(/bad_input/);
    const overlapping = {
      ...DEFAULT_RULE_SET,
      hours: { ...DEFAULT_RULE_SET.hours, mon: [...DEFAULT_RULE_SET.hours.mon, { startSec: 7 * 3600, endSec: 9 * 3600 }] },
    };
    await expect(change(overlapping, 'early start')).rejects.toThrow(/hours\.mon\[0\]: overlaps 07:00-09:00/);
    expect(repos.rules.list()).toHaveLength(1);
    expect(audit()).toEqual([]);
  });

  it('rolls the new version back when the audit entry cannot be written', () => {
    const repos = createRepos(db);
    const failing = {
      ...repos,
      audit: {
        ...repos.audit,
        append: () => {
          throw new Error('disk full');
        },
      },
    };
    expect(() => changeRules(failing, SUNDAYS_OFF, 'Zhou Min', 'Sundays off')).toThrow('disk full');
    expect(repos.rules.current().version).toBe(1);
  });
});
