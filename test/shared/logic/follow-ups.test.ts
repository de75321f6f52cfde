import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET, type FollowUpRules, type RuleSet } from '../../../shared/domain';
import { followUpFor } from '../../../shared/logic/follow-ups';
import { reported } from '../../support/outcomes';
import { makeVisit } from '../solver/fixtures';

const H = 3600;
// A Monday (2026-11-23) morning visit, 09:00–11:00.
const visit = makeVisit({ id: 'V1', x: 0, date: '2026-11-23', windows: [{ startSec: 9 * H, endSec: 11 * H }], priority: 2 });

function withFollowUps(followUps: Partial<FollowUpRules>, rest: Partial<RuleSet> = {}): RuleSet {
  return { ...DEFAULT_RULE_SET, ...rest, followUps: { ...DEFAULT_RULE_SET.followUps, ...followUps } };
}

describe('followUpFor under the rule set', () => {
  it('applies the defaults the issue names', () => {
    expect(followUpFor(reported('V1', { outcome: 'failed', result: 'not_at_home', arrivedSec: 10 * H }), visit, DEFAULT_RULE_SET)).toEqual({
      action: 'visit',
      rule: 'not_at_home',
      kind: 'follow-up',
      earliestDate: '2026-11-25',
      latestDate: '2026-11-28',
      windows: [{ startSec: 14 * H, endSec: 18 * H }],
      officer: 'any',
      priority: null,
    });
    const promise = reported('V1', { result: 'promise_to_pay', promiseAmount: 800, promiseDate: '2026-11-30' });
    expect(followUpFor(promise, visit, DEFAULT_RULE_SET)).toMatchObject({
      action: 'visit',
      kind: 'collection',
      earliestDate: '2026-12-01',
      latestDate: '2026-12-01',
      windows: visit.windows,
    });
    expect(followUpFor(reported('V1', { result: 'complaint' }), visit, DEFAULT_RULE_SET)).toEqual({ action: 'hold' });
    expect(followUpFor(reported('V1', { outcome: 'failed', result: 'moved' }), visit, DEFAULT_RULE_SET)).toEqual({
      action: 'flag',
      rule: 'moved',
    });
    expect(followUpFor(reported('V1', { result: 'refused' }), visit, DEFAULT_RULE_SET)).toBeNull();
  });

  it('follows a workspace’s own rules: kind, days, window, officer and priority', () => {
    const rules = withFollowUps({
      refused: {
        then: 'visit',
        kind: 'collection',
        from: 'visit',
        earliestDays: 7,
        latestDays: 10,
        window: 'same',
        officer: 'other',
        priority: 5,
      },
      not_at_home: { then: 'hold' },
      wrong_address: { then: 'nothing' },
      identity_not_verified: { then: 'flag' },
    });
    expect(followUpFor(reported('V1', { result: 'refused' }), visit, rules)).toEqual({
      action: 'visit',
      rule: 'refused',
      kind: 'collection',
      earliestDate: '2026-11-30',
      latestDate: '2026-12-03',
      windows: visit.windows,
      officer: 'other',
      priority: 5,
    });
    expect(followUpFor(reported('V1', { outcome: 'failed', result: 'not_at_home' }), visit, rules)).toEqual({ action: 'hold' });
    expect(followUpFor(reported('V1', { outcome: 'failed', result: 'wrong_address' }), visit, rules)).toBeNull();
    expect(followUpFor(reported('V1', { result: 'identity_not_verified' }), visit, rules)).toEqual({
      action: 'flag',
      rule: 'identity_not_verified',
    });
  });

  it('gives "any time" the permitted hours of the follow-up’s own day', () => {
    const saturday = [
      { startSec: 10 * H, endSec: 12 * H },
      { startSec: 13 * H, endSec: 16 * H },
    ];
    const rules = withFollowUps(
      {
        not_at_home: {
          then: 'visit',
          kind: 'follow-up',
          from: 'visit',
          earliestDays: 5,
          latestDays: 6,
          window: 'any',
          officer: 'any',
          priority: null,
        },
      },
      { hours: { ...DEFAULT_RULE_SET.hours, sat: saturday } },
    );
    const action = followUpFor(reported('V1', { outcome: 'failed', result: 'not_at_home' }), visit, rules);
    expect(action).toMatchObject({ earliestDate: '2026-11-28', windows: saturday });
  });

  it('counts from the promise only when there is one, and a payment always withdraws', () => {
    expect(followUpFor(reported('V1', { result: 'promise_to_pay' }), visit, DEFAULT_RULE_SET)).toBeNull();
    const paidVisit = withFollowUps({ paid: { then: 'flag' } });
    expect(followUpFor(reported('V1', { result: 'paid' }), visit, paidVisit)).toEqual({ action: 'withdraw' });
  });
});
