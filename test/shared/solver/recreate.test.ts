import { describe, expect, it } from 'vitest';
import type { OfficerId } from '../../../shared/domain';
import { regretInsert } from '../../../shared/solver/construct';
import { createContext } from '../../../shared/solver/context';
import { encodeRequest } from '../../../shared/solver';
import { CostModel, LEAST_TRAVEL, missingPenalties } from '../../../shared/solver/objective';
import { positionsUntilBlink, recreate } from '../../../shared/solver/recreate';
import { randomDay } from './random-day';

describe('recreate', () => {
  it('with many officers, still offers a visit to an idle officer, the only one with its skill', () => {
    // 60 officers: recreate tries the routes near a visit, plus empty ones. V0 needs a skill only
    // O59 holds; with V0 taken out, O59's route is empty and near none of V0's neighbours.
    const day = randomDay(150, 60, 5);
    const officers = day.officers.map((o, k) => ({ ...o, skills: k === 59 ? [{ skill: 'rare', validUntil: null }] : [] }));
    const visits = day.visits.map((v, i) => ({ ...v, requiredSkills: i === 0 ? ['rare'] : [] }));
    const ctx = createContext(encodeRequest({ ...day, officers, visits }).problem, 5);
    const model = new CostModel(ctx, LEAST_TRAVEL);
    ctx.sol.setPenalties(missingPenalties(ctx, LEAST_TRAVEL));
    regretInsert(ctx, ctx.candidates);
    const only = ctx.p.officerCount - 1;
    expect(officers[only].id).toBe('O59' as OfficerId);
    expect(ctx.sol.routeOf[0]).toBe(only);
    for (const v of Array.from(ctx.sol.routes[only].stops.subarray(0, ctx.sol.routes[only].len))) ctx.sol.remove(v);
    expect(ctx.sol.usedRoutes).toBe(ctx.sol.routes.filter((r) => r.len > 0).length);
    expect(ctx.sol.usedRoutes).toBeLessThan(ctx.p.officerCount);
    const pool = Int32Array.of(0);
    expect(recreate(ctx, model, pool, 1)).toBe(1);
    expect(ctx.sol.routeOf[0]).toBe(only);
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
