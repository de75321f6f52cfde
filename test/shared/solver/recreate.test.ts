import { describe, expect, it } from 'vitest';
import type { OfficerId } from '../../../shared/domain';
import { regretInsert } from '../../../shared/solver/construct';
import { createContext, mayTake, setDisabled, type SearchContext } from '../../../shared/solver/context';
import { addNearbyMissing } from '../../../shared/solver/missing-visits';
import { CostModel, LEAST_TRAVEL, missingPenalties } from '../../../shared/solver/objective';
import { OK } from '../../../shared/solver/timing';
import { encodeVrptw } from '../../../shared/solver/vrptw-problem';
import { recreate } from '../../../shared/solver/recreate';
import { positionsUntilBlink } from '../../../shared/solver/recreate-places';
import { removeStrings } from '../../../shared/solver/string-removal';
import { firstPlan } from './first-plan';
import { randomDay } from './random-day';
import { tightInstance } from './tight-instance';

describe('recreate', () => {
  it('with many officers, still offers a visit to an idle officer, the only one with its skill', () => {
    // 60 officers: recreate tries the routes near a visit, plus empty ones. V0 needs a skill only
    // O59 holds; with V0 taken out, O59's route is empty and near none of V0's neighbours.
    const day = randomDay(150, 60, 5);
    const officers = day.officers.map((o, k) => ({ ...o, skills: k === 59 ? [{ skill: 'rare', validUntil: null }] : [] }));
    const visits = day.visits.map((v, i) => ({ ...v, requiredSkills: i === 0 ? ['rare'] : [] }));
    const { ctx, model } = firstPlan({ ...day, officers, visits }, 5);
    const only = ctx.p.officerCount - 1;
    expect(officers[only].id).toBe('O59' as OfficerId);
    expect(ctx.sol.routeOf[0]).toBe(only);
    for (const v of Array.from(ctx.sol.routes[only].stops.subarray(0, ctx.sol.routes[only].len))) ctx.sol.remove(v);
    expect(ctx.sol.usedRoutes).toBe(ctx.sol.routes.filter((r) => r.len > 0).length);
    expect(ctx.sol.usedRoutes).toBeLessThan(ctx.p.officerCount);
    const pool = Int32Array.of(0);
    // Set aside, O59 takes nothing and V0 fits nowhere; recreate notes where V0 failed.
    setDisabled(ctx, (k) => k === only);
    expect(recreate(ctx, model, pool, 1)).toBe(0);
    expect(ctx.sol.routeOf[0]).toBe(-1);
    // O59's route has not changed since, but it was never tried: freeing it voids that note.
    setDisabled(ctx, () => false);
    expect(recreate(ctx, model, pool, 1)).toBe(1);
    expect(ctx.sol.routeOf[0]).toBe(only);
  });

  it('skips the routes a visit could not go into while they stay unchanged, and tries them again once changed', () => {
    const day = randomDay(150, 3, 8);
    const { ctx, model } = firstPlan(day, 8);
    const out = ctx.candidates.find((v) => ctx.sol.routeOf[v] < 0);
    expect(out, 'the day is too full for every visit').toBeDefined();
    const v = out as number;
    expect(recreate(ctx, model, Int32Array.of(v), 1, 0)).toBe(0);
    // Empty one route behind recreate's back (no stamp change): the note still holds for it, so it
    // is skipped and v stays out. This is what the note saves: no route is walked twice in vain.
    const k = ctx.sol.routes.findIndex((r) => ctx.serve[v * ctx.p.officerCount + r.officer] === 1);
    const stamp = ctx.sol.routes[k].stamp;
    for (const w of Array.from(ctx.sol.routes[k].stops.subarray(0, ctx.sol.routes[k].len))) ctx.sol.remove(w);
    ctx.sol.routes[k].stamp = stamp;
    expect(recreate(ctx, model, Int32Array.of(v), 1, 0)).toBe(0);
    // Once the route counts as changed, v is offered to it again and fits.
    ctx.sol.routes[k].stamp = ctx.sol.changes + 1;
    expect(recreate(ctx, model, Int32Array.of(v), 1, 0)).toBe(1);
    expect(ctx.sol.routeOf[v]).toBe(k);
  });

  it('blinks: positions pass before the next skip in a geometric count with the blink rate', () => {
    expect(positionsUntilBlink(0, 0.01)).toBe(0);
    // Mean of the geometric count over a fine grid of uniforms: (1 − rate) / rate.
    for (const rate of [0.01, 0.2]) {
      let sum = 0;
      const draws = 100_000;
      for (let i = 0; i < draws; i++) sum += positionsUntilBlink((i + 0.5) / draws, rate);
      expect(sum / draws).toBeGreaterThan(((1 - rate) / rate) * 0.97 - 0.5);
      expect(sum / draws).toBeLessThan(((1 - rate) / rate) * 1.03);
    }
  });
});

describe('ruin seeds', () => {
  it('seeded at an unassigned visit, favour the higher priorities', () => {
    const { ctx } = firstPlan(randomDay(150, 3, 8), 8);
    const out = ctx.candidates.filter((v) => ctx.sol.routeOf[v] < 0);
    const mean = out.reduce((s, v) => s + ctx.p.priority[v], 0) / out.length;
    const pool = new Int32Array(ctx.p.visitCount + 1);
    let seeded = 0;
    let sum = 0;
    for (let i = 0; i < 3000; i++) {
      ctx.sol.beginTrial();
      const n = removeStrings(ctx, pool);
      if (n > 0 && out.includes(pool[0])) {
        seeded++;
        sum += ctx.p.priority[pool[0]];
      }
      ctx.sol.rollback();
    }
    // About 30 % of ruins start at an unassigned visit; the better of two draws lifts their mean.
    expect(seeded).toBeGreaterThan(600);
    expect(sum / seeded).toBeGreaterThan(mean + 0.3);
  });
});

describe('unassigned visits offered near a ruin', () => {
  it('are the highest priorities among the first few met, in the order met within a priority', () => {
    const { ctx } = firstPlan(randomDay(300, 3, 4), 4);
    const { sol, p, neighbours, neighbourCount } = ctx;
    const pool = new Int32Array(p.visitCount + 1);
    let checked = 0;
    for (let round = 0; round < 50; round++) {
      sol.beginTrial();
      const n = removeStrings(ctx, pool);
      const removed = Array.from(pool.subarray(0, n));
      // Walk the removed visits' neighbours as the search does: the first 36 unassigned ones met.
      const met: number[] = [];
      for (const v of removed) {
        for (let j = 0; j < neighbourCount && met.length < 36; j++) {
          const w = neighbours[v * neighbourCount + j];
          if (w >= 0 && sol.routeOf[w] < 0 && !removed.includes(w) && !met.includes(w)) met.push(w);
        }
      }
      const expected = [...met].sort((a, b) => p.priority[b] - p.priority[a] || met.indexOf(a) - met.indexOf(b)).slice(0, 12);
      const total = addNearbyMissing(ctx, pool, n);
      expect(Array.from(pool.subarray(n, total))).toEqual(expected);
      if (met.length > 12 && p.priority[met[11]] < p.priority[expected[11]]) checked++;
      const unplanned = (): number => ctx.candidates.filter((v) => sol.routeOf[v] < 0).length;
      expect(sol.missingCount).toBe(unplanned());
      sol.rollback();
      expect(sol.missingCount).toBe(unplanned());
    }
    // Rounds where the nearest 12 alone would have offered a lower priority than the pick.
    expect(checked).toBeGreaterThan(10);
  });
});

describe('cheapest place', () => {
  /** v's cheapest feasible place over every position of every route it may go into, by trying each. */
  function bruteForceCheapest(ctx: SearchContext, v: number): number {
    const { sol, p } = ctx;
    let best = Infinity;
    for (let k = 0; k < p.officerCount; k++) {
      if (!mayTake(ctx, v, k)) continue;
      for (let pos = p.frozenCount[k]; pos <= sol.routes[k].len; pos++) {
        const before = sol.travelSec();
        sol.beginTrial();
        sol.insert(v, k, pos);
        if (sol.routes[k].code === OK) best = Math.min(best, sol.travelSec() - before);
        sol.rollback();
      }
    }
    return best;
  }

  // Routes stay under 15 stops, so recreate looks at every position (no granular cut).
  const cases: [string, () => SearchContext][] = [
    [
      'benchmark windows',
      () => {
        const ctx = createContext(encodeVrptw(tightInstance(80, 4)), 4);
        ctx.sol.setPenalties(missingPenalties(ctx, LEAST_TRAVEL));
        regretInsert(ctx, ctx.candidates);
        return ctx;
      },
    ],
    ['a dispatch day with breaks and shifts', () => firstPlan(randomDay(50, 10, 6), 6).ctx],
  ];
  it.each(cases)('is found for every visit taken out and put back (%s)', (_name, make) => {
    const ctx = make();
    const model = new CostModel(ctx, LEAST_TRAVEL);
    const { sol } = ctx;
    expect(Math.max(...sol.routes.map((r) => r.len))).toBeLessThan(15);
    let placed = 0;
    for (const v of ctx.candidates) {
      if (sol.routeOf[v] < 0) continue;
      sol.remove(v);
      const want = bruteForceCheapest(ctx, v);
      const before = sol.travelSec();
      // Without blinks, recreate must find a place exactly as cheap as the best of all positions.
      expect(recreate(ctx, model, Int32Array.of(v), 1, 0)).toBe(want < Infinity ? 1 : 0);
      if (want < Infinity) {
        expect(sol.travelSec() - before).toBeCloseTo(want, 6);
        placed++;
      }
    }
    expect(placed).toBeGreaterThan(ctx.candidates.length / 2);
  });
});
