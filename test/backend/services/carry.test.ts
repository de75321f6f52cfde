import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, type VisitId } from '../../../shared/domain';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

// Carrying a day's unassigned visits to a later day in one change (issue 19).
let ws: TestWorkspace;
const NEXT = addDays(TEST_DAY, 1);

beforeEach(async () => {
  ws = openTestWorkspace();
  // More visits than two officers can make: the plan leaves some unassigned.
  await importDemoDay(ws.handlers, { visits: 40, officers: 2 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.3, seed: 1 });
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

describe('carrying unassigned visits to a later day', () => {
  it('moves every approved visit outside the routes in one plan version, which Undo takes back with their date', async () => {
    const plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    const unassigned = plan.unassigned.map((u) => u.visitId);
    expect(unassigned.length).toBeGreaterThan(0);
    const { carried, plan: update } = await ws.handlers['visits.carry']({ from: TEST_DAY, to: NEXT });
    expect([...carried].sort()).toEqual([...unassigned].sort());
    expect(update?.changes.unassignedAll ?? update?.changes.unassignedRemoved).toBeTruthy();
    const after = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    expect(after.unassigned).toEqual([]);
    expect(after.routes).toEqual(plan.routes);
    const onNext = (await ws.handlers['visits.list']({ date: NEXT })).map((v) => v.id);
    expect([...onNext].sort()).toEqual([...unassigned].sort());

    await ws.handlers['plans.undo']({ date: TEST_DAY });
    expect(await ws.handlers['visits.list']({ date: NEXT })).toEqual([]);
    expect((await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan.unassigned.map((u) => u.visitId)).toEqual(unassigned);
  });

  it('refuses an earlier day, a routed visit, and a day with nothing to carry', async () => {
    const plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    const routed = plan.routes[0].stops[0].visitId as VisitId;
    await expect(ws.handlers['visits.carry']({ from: TEST_DAY, to: TEST_DAY })).rejects.toMatchObject({ code: 'bad_input' });
    await expect(ws.handlers['visits.carry']({ from: TEST_DAY, to: NEXT, visitIds: [routed] })).rejects.toMatchObject({
      code: 'bad_input',
      userMessage: { en: expect.stringContaining(`Visit ${routed} is not an approved visit of ${TEST_DAY} outside every route`) },
    });
    await ws.handlers['visits.carry']({ from: TEST_DAY, to: NEXT });
    await expect(ws.handlers['visits.carry']({ from: TEST_DAY, to: NEXT })).rejects.toMatchObject({
      userMessage: { en: `Every approved visit of ${TEST_DAY} is in a route: there is nothing to carry.` },
    });
  });
});
