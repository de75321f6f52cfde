import { describe, expect, it } from 'vitest';
import { dispatchPlanner } from '../../../shared/solver';
import { checkPlan } from './checker';
import { randomDay } from './random-day';

// Speed is measured by `npm run bench`, not here: these tests check behaviour at scale.
describe('dispatchPlanner at scale', () => {
  it('plans 600 visits for 25 officers, and the plan obeys every rule', () => {
    const request = randomDay(600, 25, 42);
    const plan = dispatchPlanner.plan(request, { seed: 1, maxIterations: 0 });
    expect(checkPlan(request, plan)).toEqual([]);
    const assigned = plan.routes.reduce((n, r) => n + r.stops.length, 0);
    expect(assigned).toBeGreaterThan(450);
  });

  it('improves on the first plan within its iteration budget', () => {
    const request = randomDay(150, 8, 3);
    const score = (iterations: number): [number, number] => {
      const routes = dispatchPlanner.plan(request, { seed: 1, maxIterations: iterations }).routes;
      return [routes.reduce((n, r) => n + r.stops.length, 0), routes.reduce((n, r) => n + r.travelSec, 0)];
    };
    const [firstAssigned, firstTravel] = score(0);
    const [assigned, travel] = score(100);
    // More visits placed, or as many with less travel.
    expect(assigned > firstAssigned || (assigned === firstAssigned && travel < firstTravel)).toBe(true);
  });
});
