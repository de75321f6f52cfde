import { describe, expect, it } from 'vitest';
import type { Planner } from '../../../shared/domain';
import { dispatchPlanner } from '../../../shared/solver';
import type { PlanProgress, PlanRequest, PlanResult } from '../../../shared/domain';
import { checkPlan } from './checker';
import { hhmm, lineRequest, min, type LineOfficer, type LineVisit } from './fixtures';

function plan(request: PlanRequest, seed = 1): PlanResult {
  const result = dispatchPlanner.plan(request, { seed, maxIterations: 30 });
  expect(checkPlan(request, result)).toEqual([]);
  return result;
}

function planLine(visits: LineVisit[], officers: LineOfficer[], rules = {}): PlanResult {
  return plan(lineRequest(visits, officers, rules));
}

function reasonsOf(result: PlanResult): Record<string, string[]> {
  return Object.fromEntries(result.unassigned.map((u) => [u.visitId, u.reasons]));
}

function order(result: PlanResult, officerId: string): string[] {
  return result.routes.find((r) => r.officerId === officerId)?.stops.map((s) => s.visitId) ?? [];
}

const at = (from: string, to: string) => [{ startSec: hhmm(from), endSec: hhmm(to) }];

describe('dispatchPlanner', () => {
  it('is a Planner', () => {
    const planner: Planner = dispatchPlanner;
    expect(planner.name).toBe('sisr-planner@2');
  });

  it('orders visits by their windows and times them', () => {
    // B must start by 08:30, A not before 09:00: B then A is the only order.
    const result = planLine(
      [
        { id: 'A', x: 10, windows: at('09:00', '09:10'), serviceSec: min(30) },
        { id: 'B', x: 20, windows: at('08:00', '08:30'), serviceSec: min(20) },
      ],
      [{ id: 'O1' }],
    );
    expect(order(result, 'O1')).toEqual(['B', 'A']);
    expect(result.routes[0].finishSec).toBe(hhmm('09:40'));
    expect(result.unassigned).toEqual([]);
  });

  it('fills a day to the exact second', () => {
    // A must start at 08:40 and is 10 min from home: A 08:40–08:50, home 09:00 = shift end.
    // B (placed after A, being lower priority) fits only before A: 08:10–08:40, reaching A at 08:40 sharp.
    const result = planLine(
      [
        { id: 'A', x: 10, windows: at('08:40', '08:40'), serviceSec: min(10), priority: 5 },
        { id: 'B', x: 10, windows: at('08:00', '08:30'), serviceSec: min(30), priority: 1 },
      ],
      [{ id: 'O1', shiftEndSec: hhmm('09:00') }],
    );
    expect(order(result, 'O1')).toEqual(['B', 'A']);
    expect(result.routes[0].finishSec).toBe(hhmm('09:00'));
  });

  it('gives each visit to the officer who lives next to it', () => {
    const result = planLine(
      [
        { id: 'W', x: -50 },
        { id: 'E', x: 50 },
        { id: 'E2', x: 52 },
      ],
      [
        { id: 'West', startX: -48 },
        { id: 'East', startX: 49 },
      ],
    );
    expect(order(result, 'West')).toEqual(['W']);
    expect([...order(result, 'East')].sort()).toEqual(['E', 'E2']);
  });

  it('keeps the higher priority when two visits compete for one slot', () => {
    // Both must start exactly at 09:00, 20 minutes apart: only one fits. Q has the higher priority.
    const result = planLine(
      [
        { id: 'P', x: 10, windows: at('09:00', '09:00'), priority: 2 },
        { id: 'Q', x: -10, windows: at('09:00', '09:00'), priority: 4 },
      ],
      [{ id: 'O1' }],
    );
    expect(order(result, 'O1')).toEqual(['Q']);
    expect(reasonsOf(result)).toEqual({ P: ['capacity'] });
    expect(result.unassigned[0].message.en).toContain('No room');
  });

  it('keeps the best visits of a customer and marks the rest too frequent', () => {
    const visits = [
      { id: 'V1', x: 1, customerId: 'C1', priority: 2, windows: at('08:00', '12:00') },
      { id: 'V2', x: 2, customerId: 'C1', priority: 5, windows: at('10:00', '12:00') },
      { id: 'V3', x: 3, customerId: 'C1', priority: 5, windows: at('09:00', '12:00') },
    ];
    // Limit 1: the priority-5 visit with the earlier window (V3) stays.
    const one = planLine(visits, [{ id: 'O1' }]);
    expect(order(one, 'O1')).toEqual(['V3']);
    expect(reasonsOf(one)).toEqual({ V1: ['too_frequent'], V2: ['too_frequent'] });
    expect(one.unassigned[0].message.en).toMatch(/^The customer already has 1 visit this day,/);
    // Limit 2: both priority-5 visits stay.
    const two = planLine(visits, [{ id: 'O1' }], { maxVisitsPerCustomerPerDay: 2 });
    expect(reasonsOf(two)).toEqual({ V1: ['too_frequent'] });
    expect(two.unassigned[0].message.en).toMatch(/^The customer already has 2 visits this day,/);
    expect(two.unassigned[0].message.zh).toContain('当天已有2次走访');
  });

  it('does not plan visits that are not approved', () => {
    const result = planLine(
      [
        { id: 'X', x: 1, status: 'cancelled' },
        { id: 'Y', x: 1, status: 'planned' },
      ],
      [{ id: 'O1' }],
    );
    expect(reasonsOf(result)).toEqual({ X: ['not_approved'] });
    expect(order(result, 'O1')).toEqual(['Y']);
  });

  it('explains every kind of left-out visit', () => {
    const result = planLine(
      [
        { id: 'skill', x: 1, requiredSkills: ['legal'] },
        { id: 'hours', x: 1, windows: at('06:00', '07:00') },
        { id: 'shift', x: 1, windows: at('19:00', '20:00') },
        // Shift starts 08:00 at x = 0: the earliest arrival at x = 30 is 08:30, after 08:05.
        { id: 'unreachable', x: 30, windows: at('08:00', '08:05') },
      ],
      [{ id: 'O1', skills: [{ skill: 'legal', validUntil: '2026-01-01' }] }],
    );
    expect(reasonsOf(result)).toEqual({
      skill: ['no_skilled_officer'],
      hours: ['outside_permitted_hours'],
      shift: ['outside_all_shifts'],
      unreachable: ['window_unreachable'],
    });
    const skill = result.unassigned.find((u) => u.visitId === 'skill')!;
    expect(skill.message.en).toBe('No officer on shift holds the skill “legal”.');
    expect(skill.message.zh).toBe('没有在班外访员具备“legal”技能。');
    expect(result.unassigned.find((u) => u.visitId === 'hours')!.message.en).toContain('08:00–21:00');
  });

  it('calls a visit unreachable when the break leaves no way to make its window', () => {
    // Fixed break 08:00–09:00. The visit (10 min away, start by 08:20) ends 08:40 at the earliest,
    // after the break's only start time; taking the break first arrives 09:10, too late.
    const fixed = { earliestStartSec: hhmm('08:00'), latestStartSec: hhmm('08:00'), durationSec: min(60) };
    const result = planLine([{ id: 'A', x: 10, windows: at('08:10', '08:20'), serviceSec: min(30) }], [{ id: 'O1', breaks: [fixed] }]);
    expect(reasonsOf(result)).toEqual({ A: ['window_unreachable'] });
  });

  it('gives every reason that holds', () => {
    const result = planLine([{ id: 'A', x: 1, windows: at('22:00', '23:00'), requiredSkills: ['senior'] }], [{ id: 'O1' }]);
    expect(reasonsOf(result)).toEqual({ A: ['outside_permitted_hours', 'no_skilled_officer'] });
  });

  it('says when there are no active officers', () => {
    const result = planLine([{ id: 'A', x: 1 }], [{ id: 'O1', isActive: false }]);
    expect(reasonsOf(result)).toEqual({ A: ['no_officers'] });
    expect(result.routes).toEqual([]);
  });

  it('tells the visit limit from the working-time limit', () => {
    const visits = [
      { id: 'A', x: 10, priority: 4 },
      { id: 'B', x: 10, priority: 2 },
    ];
    const byVisits = planLine(visits, [{ id: 'O1', maxVisits: 1 }]);
    expect(reasonsOf(byVisits)).toEqual({ B: ['max_visits_reached'] });
    // One visit: 10 + 10 min travel + 10 min on site = 30 min; both would take 40 min.
    const byWorking = planLine(visits, [{ id: 'O1', maxWorkingSec: min(35) }]);
    expect(order(byWorking, 'O1')).toEqual(['A']);
    expect(reasonsOf(byWorking)).toEqual({ B: ['max_working_time_reached'] });
    // An officer allowed no visits at all is also "at the limit".
    expect(reasonsOf(planLine([{ id: 'A', x: 1 }], [{ id: 'O1', maxVisits: 0 }]))).toEqual({ A: ['max_visits_reached'] });
  });

  it('lists both limits when each officer hits a different one', () => {
    const visits = [
      { id: 'A', x: 10, priority: 5 },
      { id: 'C', x: 10, priority: 5 },
      { id: 'B', x: 10, priority: 1 },
    ];
    // O1 may make one visit; O2 has 35 min: one visit (30 min) but not two (40 min).
    const result = planLine(visits, [
      { id: 'O1', maxVisits: 1 },
      { id: 'O2', maxWorkingSec: min(35) },
    ]);
    expect(reasonsOf(result)).toEqual({ B: ['max_visits_reached', 'max_working_time_reached'] });
    expect(result.unassigned[0].message.zh).toContain('最长工作时间');
  });

  it('ignores the deadline when maxIterations is given', () => {
    const visits = Array.from({ length: 25 }, (_, i) => ({ id: `V${i}`, x: ((i * 13) % 40) - 20, priority: 1 + (i % 5) }));
    const request = lineRequest(visits, [
      { id: 'O1', startX: -10 },
      { id: 'O2', startX: 10 },
    ]);
    const expired = dispatchPlanner.plan(request, { seed: 3, maxIterations: 20, deadline: { now: () => 1e12, atMs: 0 } });
    const open = dispatchPlanner.plan(request, { seed: 3, maxIterations: 20 });
    expect(expired).toEqual(open);
  });

  it('only uses officers whose skills are valid that day', () => {
    const result = planLine(
      [{ id: 'L', x: 5, requiredSkills: ['legal'] }],
      [
        { id: 'Near', startX: 4, skills: [{ skill: 'legal', validUntil: '2026-11-22' }] },
        { id: 'Far', startX: 40, skills: [{ skill: 'legal', validUntil: null }] },
      ],
    );
    expect(order(result, 'Far')).toEqual(['L']);
  });

  it('plans around breaks and open ends', () => {
    const lunch = { earliestStartSec: hhmm('12:00'), latestStartSec: hhmm('12:30'), durationSec: min(45) };
    const visits = Array.from({ length: 8 }, (_, i) => ({
      id: `V${i}`,
      x: 5 * (i + 1),
      serviceSec: min(40),
      windows: at(i < 4 ? '09:00' : '12:30', i < 4 ? '12:00' : '16:00'),
    }));
    const result = planLine(visits, [
      { id: 'O1', breaks: [lunch], endX: null },
      { id: 'O2', breaks: [lunch] },
    ]);
    expect(result.unassigned).toEqual([]);
    for (const r of result.routes) if (r.finishSec > lunch.earliestStartSec) expect(r.breakTaken).not.toBeNull();
  });

  it('gives the same plan for the same seed', () => {
    const visits = Array.from({ length: 30 }, (_, i) => ({
      id: `V${i}`,
      x: ((i * 37) % 60) - 30,
      priority: 1 + (i % 5),
      windows: at(i % 3 === 0 ? '08:00' : '13:00', i % 3 === 0 ? '12:00' : '17:00'),
    }));
    const request = lineRequest(visits, [
      { id: 'O1', startX: -20 },
      { id: 'O2', startX: 20 },
      { id: 'O3', maxVisits: 5 },
    ]);
    expect(plan(request, 7)).toEqual(plan(request, 7));
  });

  it('reports progress and stops when cancelled', () => {
    const visits = Array.from({ length: 40 }, (_, i) => ({ id: `V${i}`, x: i % 20 }));
    const request = lineRequest(visits, [{ id: 'O1' }, { id: 'O2', startX: 10 }]);
    const phases = new Set<string>();
    let last: PlanProgress | undefined;
    const result = dispatchPlanner.plan(request, {
      seed: 1,
      maxIterations: 5,
      onProgress: (p) => {
        phases.add(p.phase);
        last = p;
      },
    });
    expect([...phases].sort()).toEqual(['construct', 'improve']);
    // The last report is the returned plan, in the dispatcher's units.
    expect(last?.distanceM).toBe(result.routes.reduce((sum, r) => sum + r.distanceM, 0));
    expect(last?.travelSec).toBe(result.routes.reduce((sum, r) => sum + r.travelSec, 0));
    const cancelled = dispatchPlanner.plan(request, { seed: 1, isCancelled: () => true });
    expect(checkPlan(request, cancelled)).toEqual([]);
  });

  it('stops at the deadline on the injected clock', () => {
    let clock = 0;
    const visits = Array.from({ length: 40 }, (_, i) => ({ id: `V${i}`, x: i % 20 }));
    const request = lineRequest(visits, [{ id: 'O1' }, { id: 'O2', startX: 10 }]);
    // Each reading of the clock moves it 1 ms: the search must end after about 50 readings.
    const result = dispatchPlanner.plan(request, { seed: 1, deadline: { now: () => clock++, atMs: 50 } });
    expect(checkPlan(request, result)).toEqual([]);
    expect(clock).toBeLessThan(500);
  });

  it('rejects a matrix that does not match the request', () => {
    const request = lineRequest([{ id: 'A', x: 1 }], [{ id: 'O1' }]);
    expect(() => dispatchPlanner.plan({ ...request, visits: [] }, { seed: 1 })).toThrow(/matrix/);
  });
});
