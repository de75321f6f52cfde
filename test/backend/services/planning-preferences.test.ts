import { afterEach, describe, expect, it } from 'vitest';
import type { Planner, PlanObjective } from '../../../shared/domain';
import { dispatchPlanner } from '../../../shared/solver';
import { call } from './plan-kit';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

// The objective and time budget chosen in the app, remembered per workspace (issue 19).
let ws: TestWorkspace;
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

describe('planning preferences', () => {
  it('are the defaults until chosen, are stored and audited, and are what Plan day and Re-optimise use when not told', async () => {
    const asked: (PlanObjective | undefined)[] = [];
    const recording: Planner = {
      ...dispatchPlanner,
      plan: (request, options) => (asked.push(request.objective), dispatchPlanner.plan(request, options)),
    };
    ws = openTestWorkspace({ planner: recording });
    await importDemoDay(ws.handlers, { visits: 12, officers: 2 });
    expect(await ws.handlers['settings.planning']({})).toEqual({ objective: 'least-travel', seconds: 5 });
    await ws.handlers['plans.solve']({ date: TEST_DAY, seed: 1 });
    expect(await ws.handlers['settings.setPlanning']({ objective: 'balanced', seconds: 30 })).toEqual({
      objective: 'balanced',
      seconds: 30,
    });
    await ws.handlers['plans.reoptimise']({ date: TEST_DAY, seed: 1 });
    // A request that names its objective keeps it.
    await ws.handlers['plans.solve']({ date: TEST_DAY, seed: 1, objective: { kind: 'compact' } });
    expect(asked.map((o) => o?.kind)).toEqual(['least-travel', 'balanced', 'compact']);
    expect(ws.db.prepare(`SELECT detail_json FROM audit_log WHERE action = 'settings.planning'`).pluck().all()).toEqual([
      JSON.stringify({ objective: 'balanced', seconds: 30 }),
    ]);
    // Through the API, as the screens call it: a budget out of range is refused, nothing stored.
    await expect(call(ws.handlers, 'settings.setPlanning', { objective: 'balanced', seconds: 0 })).rejects.toThrow(/^bad_input/);
    expect(await ws.handlers['settings.planning']({})).toEqual({ objective: 'balanced', seconds: 30 });
  });
});
