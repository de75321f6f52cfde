import { describe, expect, it } from 'vitest';
import { DEFAULT_PLANNING_RULES, type Officer, type OfficerId, type Visit, type VisitId } from '../../../../shared/domain';
import { retimeRoutes } from '../../../../electron/backend/services/plan-edit/retime-routes';
import { DATE, HOUR, hhmm, officer, tenMinuteLegs, visit } from '../plan-kit';

/** Re-times one officer's visits in order and returns the route and its flags as `rule visit` lines. */
async function retime(who: Officer, visits: Visit[]) {
  const [result] = await retimeRoutes(new Map([[who.id, visits.map((v) => v.id)]]), {
    date: DATE,
    rules: DEFAULT_PLANNING_RULES,
    travel: tenMinuteLegs,
    visits: new Map(visits.map((v) => [v.id as string, v])),
    officers: new Map([[who.id as string, who]]),
  });
  return {
    ...result,
    flags: result.violations.map((v) => `${v.rule} ${v.visitId ?? '-'}`),
    messages: result.violations.map((v) => v.message),
  };
}

describe('re-timing an edited route', () => {
  it('flags too many visits, a missing skill and a shift overrun, naming officer and visit', async () => {
    const busy = officer('O-1', { name: 'Li Na', maxVisits: 1, shiftEndSec: 9 * HOUR + 30 * 60 });
    const { route, flags, messages } = await retime(busy, [visit('V-1'), visit('V-2', { requiredSkills: ['collection', 'legal'] })]);
    // 08:50 out, V-1 09:00-09:30, V-2 09:40-10:10, back 10:20: after the 09:30 shift end.
    expect(route?.stops.map((s) => hhmm(s.startSec))).toEqual(['09:00', '09:40']);
    expect(flags.sort()).toEqual(['max_visits -', 'shift -', 'skill V-2']);
    expect(messages.map((m) => m.en)).toContain('Officer Li Na (O-1) finishes at 10:20, after the shift ends at 09:30.');
    expect(messages.map((m) => m.en)).toContain(
      'Visit V-2 needs the skill “legal”, which officer Li Na (O-1) does not hold on 2026-03-02.',
    );
    expect(messages.map((m) => m.en)).toContain('Officer Li Na (O-1) has 2 visits, more than their limit of 1.');
    expect(messages.every((m) => m.zh.includes('外访员 Li Na（O-1）'))).toBe(true);
  });

  it('flags a working day longer than allowed', async () => {
    const { flags, messages } = await retime(officer('O-1', { maxWorkingSec: HOUR }), [visit('V-1'), visit('V-2')]);
    expect(flags).toEqual(['max_working_time -']);
    expect(messages[0].en).toBe('Officer Officer O-1 (O-1) works 1 h 30 min, more than the allowed 1 h 0 min.');
  });

  it('flags a break that no longer fits', async () => {
    // The break must start at 09:00 sharp, and the only visit must start by 09:05.
    const strict = officer('O-1', { breaks: [{ earliestStartSec: 9 * HOUR, latestStartSec: 9 * HOUR, durationSec: 1800 }] });
    const { flags, messages } = await retime(strict, [visit('V-1', { windows: [{ startSec: 9 * HOUR, endSec: 9 * HOUR + 300 }] })]);
    expect(flags).toContain('break -');
    expect(messages.find((m) => m.en.includes('break'))?.en).toBe(
      'Officer Officer O-1 (O-1) cannot take the 30-minute break starting between 09:00-09:00 in this route.',
    );
  });

  it("still times an off-duty officer's route, and flags it and a cancelled visit in it", async () => {
    const { route, flags, messages } = await retime(officer('O-1', { isActive: false }), [visit('V-1', { status: 'cancelled' })]);
    expect(route?.stops).toHaveLength(1);
    expect(flags.sort()).toEqual(['not_approved V-1', 'shift -']);
    // One visit: the singular form.
    expect(messages.map((m) => m.en)).toContain('Officer Officer O-1 (O-1) is not on duty but has 1 visit in the plan.');
    expect(messages.map((m) => m.zh)).toContain('外访员 Officer O-1（O-1） 不在岗，但方案中仍有 1 次走访。');
  });

  it('has no route left for an emptied order', async () => {
    const [result] = await retimeRoutes(new Map([['O-1' as OfficerId, [] as VisitId[]]]), {
      date: DATE,
      rules: DEFAULT_PLANNING_RULES,
      travel: tenMinuteLegs,
      visits: new Map(),
      officers: new Map(),
    });
    expect(result).toEqual({ officerId: 'O-1', route: null, violations: [] });
  });
});
