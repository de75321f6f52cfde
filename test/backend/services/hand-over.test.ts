import { reported } from '../../support/outcomes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficerId, Plan } from '../../../shared/domain';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

// "Officer unavailable from HH:MM" (issue 19): the officer's visits not yet made go to the others,
// with as few other changes as possible.
let ws: TestWorkspace;
let plan: Plan;

beforeEach(async () => {
  ws = openTestWorkspace();
  // Officers with room to spare, as on a day a supervisor can rebalance.
  await importDemoDay(ws.handlers, { visits: 30, officers: 10 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.5, seed: 1 });
  plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

const stopsOf = (p: Plan, officerId: string) => p.routes.find((r) => r.officerId === officerId)?.stops.map((s) => s.visitId) ?? [];

describe('an officer unavailable from a time', () => {
  it('hands the visits not yet made to the others with few other changes; the officer keeps what was done', async () => {
    const route = [...plan.routes].sort((a, b) => b.stops.length - a.stops.length)[0];
    expect(route.stops.length).toBeGreaterThanOrEqual(3);
    const officerId = route.officerId as OfficerId;
    const [first, second, ...rest] = route.stops;
    // The first visit was made; the officer leaves just after the second one started.
    await ws.handlers['visits.recordOutcomes']({
      outcomes: [reported(first.visitId)],
    });
    const answer = await ws.handlers['plans.handOver']({ date: TEST_DAY, officerId, fromSec: second.startSec + 60 });
    expect(answer.handedOver.sort()).toEqual(rest.map((s) => s.visitId).sort());
    const after = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect(stopsOf(after, officerId)).toEqual([first.visitId, second.visitId]);
    // Few other visits change officer: each move is priced against the hand-over's gain.
    const officerOf = (p: Plan) =>
      new Map(p.routes.flatMap((r) => r.stops.map((st) => [st.visitId as string, r.officerId as string] as const)));
    const [was, now] = [officerOf(plan), officerOf(after)];
    const others = [...was].filter(([, o]) => o !== officerId);
    expect(others.filter(([id, o]) => now.get(id) !== o).length).toBeLessThanOrEqual(answer.handedOver.length);
    const placed = answer.handedOver.filter((id) => after.routes.some((r) => r.stops.some((s) => s.visitId === id)));
    const unplaced = answer.handedOver.filter((id) => after.unassigned.some((u) => u.visitId === id));
    expect(placed.length + unplaced.length).toBe(rest.length);
    expect(placed.length).toBeGreaterThan(0);
    // Undo brings the officer's route back.
    const undone = await ws.handlers['plans.undo']({ date: TEST_DAY });
    expect(stopsOf(undone.plan, officerId)).toEqual(route.stops.map((s) => s.visitId));
    const audited = ws.db.prepare(`SELECT entity_id FROM audit_log WHERE action = 'officer.unavailable'`).pluck().all();
    expect(audited).toEqual([officerId]);
  });

  it('loses no visit of a dispatched day when the officer is away from the start: each is in a route or listed unassigned', async () => {
    await ws.handlers['exports.day']({ date: TEST_DAY, format: 'csv', profile: 'officer', language: 'en' });
    const route = [...plan.routes].sort((a, b) => b.stops.length - a.stops.length)[0];
    const answer = await ws.handlers['plans.handOver']({ date: TEST_DAY, officerId: route.officerId as OfficerId, fromSec: 0 });
    expect(answer.handedOver.sort()).toEqual(route.stops.map((s) => s.visitId).sort());
    const after = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    const accounted = new Set([...after.routes.flatMap((r) => r.stops.map((s) => s.visitId)), ...after.unassigned.map((u) => u.visitId)]);
    const before = new Set([...plan.routes.flatMap((r) => r.stops.map((s) => s.visitId)), ...plan.unassigned.map((u) => u.visitId)]);
    expect([...before].filter((id) => !accounted.has(id))).toEqual([]);
    expect(stopsOf(after, route.officerId)).toEqual([]);
  });

  it('says so when there is nothing to hand over, or no route', async () => {
    const route = plan.routes[0];
    await expect(
      ws.handlers['plans.handOver']({ date: TEST_DAY, officerId: route.officerId as OfficerId, fromSec: 23 * 3600 }),
    ).rejects.toMatchObject({ code: 'bad_input', userMessage: { en: `Officer ${route.officerId} has no visit left to make from 23:00.` } });
    await expect(ws.handlers['plans.handOver']({ date: TEST_DAY, officerId: 'OF-999' as OfficerId, fromSec: 0 })).rejects.toMatchObject({
      code: 'bad_input',
    });
  });
});
