import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan, Route } from '../../../shared/domain';
import { reported } from '../../support/outcomes';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

// Re-timing the running day from the officers' reported times (issue 19).
let ws: TestWorkspace;
let saved: string[];

beforeEach(async () => {
  ws = openTestWorkspace();
  await importDemoDay(ws.handlers, { visits: 24, officers: 3 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.3, seed: 1 });
  saved = [];
  ws.events.subscribe((name, payload) => {
    if (name === 'plans.saved') saved.push((payload as { planId: string }).planId);
  });
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

const current = async (): Promise<Plan> => (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
const longest = (plan: Plan): Route => [...plan.routes].sort((a, b) => b.stops.length - a.stops.length)[0];
const routeOf = (plan: Plan, officerId: string) => plan.routes.find((r) => r.officerId === officerId)!;

describe('re-timing from reported times', () => {
  it('keeps a reported visit at its times and moves the rest of that route on from when the officer left', async () => {
    const before = await current();
    const route = longest(before);
    expect(route.stops.length).toBeGreaterThanOrEqual(3);
    const [first, second] = route.stops;
    // The first visit ran 90 minutes over.
    const arrivedSec = first.startSec + 10 * 60;
    const leftSec = first.endSec + 90 * 60;
    await ws.handlers['visits.recordOutcomes']({ outcomes: [reported(first.visitId, { arrivedSec, leftSec })] });

    const after = await current();
    expect(after.id).not.toBe(before.id);
    expect(after.parentId).toBe(before.id);
    expect(saved).toEqual([after.id]);
    const retimed = routeOf(after, route.officerId);
    expect(retimed.stops.map((s) => s.visitId)).toEqual(route.stops.map((s) => s.visitId));
    expect(retimed.stops[0]).toMatchObject({ arrivalSec: arrivedSec, startSec: arrivedSec, endSec: leftSec });
    // The next visit cannot start before the officer left and travelled there.
    expect(retimed.stops[1].arrivalSec).toBeGreaterThanOrEqual(leftSec + retimed.stops[1].travelSec);
    expect(retimed.stops[1].startSec).toBeGreaterThan(second.startSec);
    expect(retimed.finishSec).toBeGreaterThan(route.finishSec);
    expect(retimed.workingSec).toBe(retimed.finishSec - retimed.departSec);
    // Other officers' routes are as they were.
    for (const other of before.routes.filter((r) => r.officerId !== route.officerId))
      expect(routeOf(after, other.officerId)).toEqual(other);

    // A later edit on the board keeps what was reported.
    const last = retimed.stops[retimed.stops.length - 1].visitId;
    await ws.handlers['plans.edit']({ date: TEST_DAY, basePlanId: after.id, edit: { type: 'unassign', visitId: last } });
    expect(routeOf(await current(), route.officerId).stops[0]).toMatchObject({ startSec: arrivedSec, endSec: leftSec });

    // Undo goes back to the re-timed version, then to the plan as made.
    await ws.handlers['plans.undo']({ date: TEST_DAY });
    expect((await current()).id).toBe(after.id);
  });

  it('changes no plan for an outcome without times, and re-times from an officers’ returns file too', async () => {
    const before = await current();
    const route = longest(before);
    const [first, second] = route.stops;
    await ws.handlers['visits.recordOutcomes']({ outcomes: [reported(first.visitId)] });
    expect((await current()).id).toBe(before.id);

    const clock = (sec: number) =>
      `${String(Math.floor(sec / 3600)).padStart(2, '0')}:${String(Math.floor((sec % 3600) / 60)).padStart(2, '0')}`;
    const leftSec = second.endSec + 60 * 60;
    const csv = `visit_id,outcome,result,arrived_at,left_at\n${second.visitId},done,paid,${clock(second.startSec)},${clock(leftSec)}\n`;
    const { reports } = await ws.handlers['import.files']({
      files: [{ kind: 'outcomes', fileName: 'returns.csv', contentBase64: Buffer.from(csv).toString('base64') }],
      dryRun: false,
      validRowsOnly: false,
    });
    expect(reports[0].written).toBe(true);
    const after = await current();
    expect(after.parentId).toBe(before.id);
    const retimed = routeOf(after, route.officerId);
    expect(retimed.stops[1].endSec).toBe(Math.floor(leftSec / 60) * 60);
    if (retimed.stops.length > 2) expect(retimed.stops[2].startSec).toBeGreaterThan(route.stops[2].startSec);
  });
});
