import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spreadSec } from '../../../shared/logic/workloads';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

// "Rebalance workloads" (issue 19): the balanced objective with its price on moved visits.
let ws: TestWorkspace;

beforeEach(async () => {
  ws = openTestWorkspace();
  await importDemoDay(ws.handlers, { visits: 30, officers: 5 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.5, seed: 1, objective: { kind: 'least-travel' } });
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

describe('rebalancing workloads', () => {
  it('lowers the spread of working time across the officers, says how many visits moved, and Undo takes it back', async () => {
    const before = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
    const answer = await ws.handlers['plans.rebalance']({ date: TEST_DAY, seconds: 1 });
    const spread = (pick: 'beforeSec' | 'afterSec') => spreadSec(answer.workloads.map((w) => w[pick]));
    expect(answer.workloads.length).toBeGreaterThanOrEqual(2);
    expect(spread('afterSec')).toBeLessThan(spread('beforeSec'));
    expect(answer.moved).toBeGreaterThan(0);
    // The figures are the plans': before, the plan it replaced; after, the day's plan now.
    for (const w of answer.workloads) {
      expect(w.beforeSec).toBe(before.routes.find((r) => r.officerId === w.officerId && r.stops.length > 0)?.workingSec ?? 0);
      expect(w.afterSec).toBe(answer.plan.routes.find((r) => r.officerId === w.officerId && r.stops.length > 0)?.workingSec ?? 0);
    }
    const undone = await ws.handlers['plans.undo']({ date: TEST_DAY });
    expect(undone.plan.id).toBe(before.id);
  });
});
