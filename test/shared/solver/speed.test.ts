import { describe, expect, it } from 'vitest';
import { firstPlanner } from '../../../shared/solver';
import { checkPlan } from './checker';
import { randomDay } from './random-day';

// Budgets are generous (tests run on slow CI machines and under Vitest's module wrapper); a
// bundled build on a laptop constructs 600 × 25 in about 0.3 s and 2,000 × 60 in about 2 s.
describe('firstPlanner speed', () => {
  it('plans 600 visits for 25 officers quickly, and the plan obeys every rule', () => {
    const request = randomDay(600, 25, 42);
    const t0 = performance.now();
    const plan = firstPlanner.plan(request, { seed: 1, maxIterations: 0 });
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(6_000);
    expect(checkPlan(request, plan)).toEqual([]);
    const assigned = plan.routes.reduce((n, r) => n + r.stops.length, 0);
    expect(assigned).toBeGreaterThan(450);
  });

  it('improves on the first plan within its iteration budget', () => {
    const request = randomDay(150, 8, 3);
    const score = (iterations: number): [number, number] => {
      const routes = firstPlanner.plan(request, { seed: 1, maxIterations: iterations }).routes;
      return [routes.reduce((n, r) => n + r.stops.length, 0), routes.reduce((n, r) => n + r.travelSec, 0)];
    };
    const [firstAssigned, firstTravel] = score(0);
    const [assigned, travel] = score(100);
    // More visits placed, or as many with less travel.
    expect(assigned > firstAssigned || (assigned === firstAssigned && travel < firstTravel)).toBe(true);
  });
});
