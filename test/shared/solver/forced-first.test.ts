import { describe, expect, it } from 'vitest';
import { parseSolomon } from '../../../shared/benchmark/solomon-instance';
import { createContext, setDisabled, type SearchContext } from '../../../shared/solver/context';
import { CostModel, missingPenalties, objectiveFor } from '../../../shared/solver/objective';
import { recreate } from '../../../shared/solver/recreate';
import { recreateForcedFirst } from '../../../shared/solver/recreate-forced-first';
import { removeStrings } from '../../../shared/solver/string-removal';
import { OK } from '../../../shared/solver/timing';
import { tightInstance } from './tight-instance';
import { encodeVrptw } from '../../../shared/solver/vrptw-problem';
import { solveVrptw } from '../../../shared/solver/vrptw-solve';
import { firstPlan } from './first-plan';
import { randomDay } from './random-day';

// Depot at (0,0), two vans of capacity 100. X (demand 90) and Y (95) each hold a route.
// A (5) is cheapest beside X but also fits with Y; B (10) fits only beside X, and only while A is not there.
const TWO_VANS = `TWO VANS

VEHICLE
NUMBER     CAPACITY
  2         100

CUSTOMER
CUST NO.   XCOORD.   YCOORD.    DEMAND   READY TIME   DUE DATE   SERVICE TIME

    0          0       0           0       0       1000           0
    1         10       0          90       0       1000           0
    2        -10       0          95       0       1000           0
    3          8       0           5       0       1000           0
    4         12       0          10       0       1000           0
`;
const [X, Y, A, B] = [0, 1, 2, 3];

function twoVans(seed: number): { ctx: SearchContext; model: CostModel } {
  const ctx = createContext(encodeVrptw(parseSolomon(TWO_VANS)), seed);
  const objective = objectiveFor(ctx.p, 'fewest-officers');
  const model = new CostModel(ctx, objective);
  ctx.sol.setPenalties(missingPenalties(ctx, objective));
  ctx.sol.replace(0, [X], 1);
  ctx.sol.replace(1, [Y], 1);
  return { ctx, model };
}

/** Every route keeps its rules, every visit sits where the indexes say, and the missing count is exact. */
function expectConsistent(ctx: SearchContext): void {
  const { sol } = ctx;
  let placed = 0;
  for (const r of sol.routes) {
    expect(r.code).toBe(OK);
    for (let i = 0; i < r.len; i++) {
      expect(sol.routeOf[r.stops[i]]).toBe(r.officer);
      expect(sol.posOf[r.stops[i]]).toBe(i);
    }
    placed += r.len;
  }
  expect(placed + sol.missingCount).toBe(ctx.candidates.length);
}

describe('forced-first recreate', () => {
  it('puts first the visit with a single route left, so a visit with a choice does not take its place', () => {
    let greedyLeftOut = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const forcedFirst = twoVans(seed);
      expect(recreateForcedFirst(forcedFirst.ctx, forcedFirst.model, Int32Array.of(A, B), 2, 0)).toBe(2);
      expect(forcedFirst.ctx.sol.routeOf[B]).toBe(0);
      expect(forcedFirst.ctx.sol.routeOf[A]).toBe(1);
      expectConsistent(forcedFirst.ctx);
      // Greedy insertion in the pool's drawn order puts A beside X whenever A comes first.
      const greedy = twoVans(seed);
      if (recreate(greedy.ctx, greedy.model, Int32Array.of(A, B), 2, 0) < 2) greedyLeftOut++;
    }
    expect(greedyLeftOut).toBeGreaterThan(0);
  });

  it('on a fixed fleet leaves fewer visits out than greedy insertion, and every route keeps its rules', () => {
    // A made-up 120-customer instance with windows of 30 to 60, planned with fewest vans first:
    // the fleet left is tight, as after route elimination on the benchmarks.
    const instance = tightInstance(120, 4);
    const plan = solveVrptw(instance, { seed: 4, maxIterations: 3000 });
    const tally = (forcedFirst: boolean): number => {
      const ctx = createContext(encodeVrptw(instance), 9);
      const objective = objectiveFor(ctx.p, 'fewest-officers');
      const model = new CostModel(ctx, objective);
      ctx.sol.setPenalties(missingPenalties(ctx, objective));
      plan.routes.forEach((seq, k) => ctx.sol.replace(k, seq, seq.length));
      expect(ctx.sol.missingCount).toBe(0);
      setDisabled(ctx, (k) => ctx.sol.routes[k].len === 0);
      const pool = new Int32Array(ctx.p.visitCount + 1);
      let leftOut = 0;
      for (let round = 0; round < 400; round++) {
        const outBefore = ctx.sol.missingCount;
        ctx.sol.beginTrial();
        const n = removeStrings(ctx, pool);
        const outAfterRuin = ctx.sol.missingCount;
        const inserted = forcedFirst ? recreateForcedFirst(ctx, model, pool, n, 0) : recreate(ctx, model, pool, n, 0);
        expect(ctx.sol.missingCount).toBe(outAfterRuin - inserted);
        expectConsistent(ctx);
        if (ctx.sol.missingCount > outBefore) leftOut++;
        ctx.sol.rollback();
      }
      return leftOut;
    };
    const greedy = tally(false);
    const forced = tally(true);
    expect(greedy).toBeGreaterThan(20);
    expect(forced).toBeLessThan(greedy * 0.7);
  });

  it('with more than 48 routes open, inserts exactly as greedy recreate does', () => {
    const day = randomDay(150, 60, 5);
    const a = firstPlan(day, 5);
    const b = firstPlan(day, 5);
    const pool = new Int32Array(a.ctx.p.visitCount + 1);
    const poolB = new Int32Array(b.ctx.p.visitCount + 1);
    for (let round = 0; round < 50; round++) {
      const n = removeStrings(a.ctx, pool);
      expect(removeStrings(b.ctx, poolB)).toBe(n);
      expect(recreateForcedFirst(b.ctx, b.model, poolB, n)).toBe(recreate(a.ctx, a.model, pool, n));
    }
    expect(b.ctx.sol.snapshot()).toEqual(a.ctx.sol.snapshot());
  });
});
