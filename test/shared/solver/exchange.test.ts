import { describe, expect, it } from 'vitest';
import type { PlanExchange } from '../../../shared/solver/exchange';
import { encodeVrptw, type VrptwInstance } from '../../../shared/solver/vrptw-problem';
import { solveVrptw } from '../../../shared/solver/vrptw-solve';
import { tightInstance } from './tight-instance';

describe('trading plans between searches', () => {
  it('trades once at each fraction, in order, and goes on from a better plan handed over', () => {
    const instance = tightInstance(60, 7);
    // A long search's best plan at its last trade…
    let handed: { cost: number; routes: Int32Array[] } | undefined;
    const fractions: number[] = [];
    const long = solveVrptw(instance, {
      seed: 1,
      maxIterations: 4000,
      exchange: {
        at: [0.5, 0.75],
        trade: (cost, routes) => {
          fractions.push(cost);
          handed = { cost, routes: routes.map((r) => r.slice()) };
          return null;
        },
      },
    });
    expect(fractions).toHaveLength(2);
    expect(fractions[1]).toBeLessThanOrEqual(fractions[0]);
    // …is taken up by a short search that is worse at its trade; it ends at least as good.
    const offered: number[] = [];
    const lend: PlanExchange = {
      at: [0.5],
      trade: (cost) => {
        offered.push(cost);
        return cost > handed!.cost ? handed!.routes : null;
      },
    };
    const short = solveVrptw(instance, { seed: 2, maxIterations: 200, exchange: lend });
    const alone = solveVrptw(instance, { seed: 2, maxIterations: 200 });
    expect(offered).toHaveLength(1);
    expect(offered[0]).toBeGreaterThan(handed!.cost);
    const key = (s: { vehicles: number; travel: number }) => s.vehicles * 1e12 + s.travel;
    expect(key(short)).toBeLessThanOrEqual(key(planFigures(instance, handed!.routes)));
    expect(key(short)).toBeLessThan(key(alone));
    expect(key(long)).toBeLessThanOrEqual(key(planFigures(instance, handed!.routes)));
  });
});

/** Vehicles and travel (the problem's units) of a plan in the solver's encoding. */
function planFigures(instance: VrptwInstance, routes: Int32Array[]): { vehicles: number; travel: number } {
  const p = encodeVrptw(instance);
  const matrix = p.durations[0];
  let vehicles = 0;
  let travel = 0;
  routes.forEach((stops, k) => {
    if (stops.length === 0) return;
    vehicles++;
    let at = p.startPlace[k];
    for (const v of [...stops, p.endPlace[k]]) {
      travel += matrix[at * p.size + v];
      at = v;
    }
  });
  return { vehicles, travel };
}
