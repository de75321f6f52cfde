import { describe, expect, it } from 'vitest';
import { type SearchContext } from '../../../shared/solver/context';
import { dispatchPlanner, timeRoute } from '../../../shared/solver';
import type { PlanRequest } from '../../../shared/domain';
import { anneal } from '../../../shared/solver/anneal';
import { type SearchClock } from '../../../shared/solver/clock';
import { checkPlan } from './checker';
import { firstPlan } from './first-plan';
import { randomDay } from './random-day';

/**
 * The search may stop (deadline, cancellation, iteration budget) between any two of its steps and
 * returns the best plan it has passed through, so every plan it passes through must be valid. The
 * ruin step used to take visits out of routes whose rest then failed full timing (without its first
 * visit a day can start earlier and run past `maxWorkingSec`; without a visit the break can lose
 * its only gap); such plans were kept and could be returned, failing `decodeResult`.
 */

/** A random city day where the working-time limit (8 h) is shorter than the shift (14 h). */
function longShiftDay(visits: number, officers: number, seed: number): PlanRequest {
  const day = randomDay(visits, officers, seed);
  return {
    ...day,
    officers: day.officers.map((o) => ({ ...o, shiftStartSec: 7 * 3600, shiftEndSec: 21 * 3600, maxWorkingSec: 8 * 3600 })),
  };
}

/** What is wrong with the search's current plan: routes failing full timing, a stale visit index. */
function brokenParts(ctx: SearchContext): string[] {
  const out: string[] = [];
  const { sol, p } = ctx;
  const seen = new Int32Array(p.visitCount).fill(-1);
  sol.routes.forEach((r, k) => {
    const order = r.stops.slice(0, r.len);
    if (r.len > 0 && !timeRoute(p, k, order).feasible) out.push(`route ${k} [${order.join(',')}] fails timing`);
    order.forEach((v, i) => {
      if (seen[v] >= 0) out.push(`visit ${v} in two routes`);
      seen[v] = k;
      if (sol.routeOf[v] !== k || sol.posOf[v] !== i) out.push(`visit ${v} indexed wrongly`);
    });
  });
  for (let v = 0; v < p.visitCount; v++) if (seen[v] < 0 && sol.routeOf[v] >= 0) out.push(`visit ${v} indexed but unplanned`);
  const missing = ctx.candidates.filter((v) => seen[v] < 0).length;
  if (missing !== sol.missingCount) out.push(`missingCount ${sol.missingCount}, candidates unplanned ${missing}`);
  return out;
}

/** A search clock that stops after `rounds` rounds and calls `onPoll` every time it is asked. */
function roundsClock(rounds: number, onPoll: () => void): SearchClock {
  let done = 0;
  return {
    fraction: () => done / rounds,
    tick: () => void done++,
    shouldStop: () => {
      onPoll();
      return done >= rounds;
    },
  };
}

/** Stop points from the first steps to late in the improvement rounds, spaced by a factor. */
function stopPoints(last: number): number[] {
  const points: number[] = [];
  for (let n = 1; n < last; n = Math.ceil(n * 1.7)) points.push(n);
  return points;
}

describe('stopping the planner', () => {
  const request = longShiftDay(40, 4, 14);

  it('only ever holds valid plans, at every point where it could be stopped', () => {
    for (const [visits, officers, seed] of [
      [40, 4, 14],
      [30, 3, 30],
    ]) {
      const { ctx, model } = firstPlan(longShiftDay(visits, officers, seed), seed);
      let polls = 0;
      const problems = new Set<string>();
      const rounds = 300;
      const clock = roundsClock(rounds, () => {
        polls++;
        for (const problem of brokenParts(ctx)) problems.add(problem);
      });
      expect(anneal(ctx, model, clock)).toBe(rounds);
      expect(polls).toBeGreaterThan(rounds);
      expect([...problems], `day ${visits}×${officers} seed ${seed}`).toEqual([]);
      expect(brokenParts(ctx)).toEqual([]);
    }
  });

  it('with fewest officers and a fixed fleet, holds valid plans, never adds an officer and frees the others after', () => {
    const { ctx, model } = firstPlan(longShiftDay(30, 6, 21), 21, 'fewest-officers');
    expect(ctx.sol.missingPenalty, 'every visit placed, so the fleet is fixed').toBe(0);
    const used = model.officersUsed();
    expect(used).toBeLessThan(ctx.p.officerCount);
    const problems = new Set<string>();
    const rounds = 400;
    const clock = roundsClock(rounds, () => {
      for (const problem of brokenParts(ctx)) problems.add(problem);
      if (model.officersUsed() > used) problems.add(`${model.officersUsed()} officers used, started with ${used}`);
    });
    expect(anneal(ctx, model, clock)).toBe(rounds);
    expect([...problems]).toEqual([]);
    expect(ctx.sol.missingPenalty).toBe(0);
    expect(
      [...ctx.disabled].every((d) => d === 0),
      'officers left empty are free again for later phases',
    ).toBe(true);
  });

  it('with many officers (only routes near a visit are tried), keeps valid plans and an exact count of officers in use', () => {
    // 60 officers: above the limit where every route is tried. Fewest officers leaves many idle,
    // so the empty routes must still be offered.
    const { ctx, model } = firstPlan(randomDay(150, 60, 5), 5, 'fewest-officers');
    const problems = new Set<string>();
    let idleSeen = false;
    const clock = roundsClock(300, () => {
      for (const problem of brokenParts(ctx)) problems.add(problem);
      const used = ctx.sol.routes.filter((r) => r.len > 0).length;
      if (used !== ctx.sol.usedRoutes) problems.add(`usedRoutes ${ctx.sol.usedRoutes}, routes with stops ${used}`);
      if (used < ctx.p.officerCount) idleSeen = true;
    });
    anneal(ctx, model, clock);
    expect([...problems]).toEqual([]);
    expect(idleSeen).toBe(true);
  });

  it('returns a valid plan after any number of rounds', () => {
    for (const maxIterations of [0, 25, 70, 100]) {
      expect(checkPlan(request, dispatchPlanner.plan(request, { seed: 14, maxIterations })), `${maxIterations} rounds`).toEqual([]);
    }
  });

  it('returns a valid plan whichever clock reading passes the deadline', () => {
    for (const n of stopPoints(25_000)) {
      let clock = 0;
      const plan = dispatchPlanner.plan(request, { seed: 14, deadline: { now: () => clock++, atMs: n } });
      expect(checkPlan(request, plan), `deadline at reading ${n}`).toEqual([]);
    }
  });

  it('returns a valid plan whichever poll sees the cancellation', () => {
    for (const k of stopPoints(25_000)) {
      let polls = 0;
      const plan = dispatchPlanner.plan(request, { seed: 14, maxIterations: 200, isCancelled: () => ++polls >= k });
      expect(checkPlan(request, plan), `cancelled at poll ${k}`).toEqual([]);
    }
  });
});
