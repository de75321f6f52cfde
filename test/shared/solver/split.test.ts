import { describe, expect, it } from 'vitest';
import type { HandedPlan } from '../../../shared/solver/exchange';
import { dispatchPlanner, encodeRequest } from '../../../shared/solver';
import { createContext } from '../../../shared/solver/context';
import { SPLIT_AT, cooperationFor, SPLIT_FROM_VISITS, TRADE_AT } from '../../../shared/solver/exchange';
import { mergeShares, shareDay, type Shares } from '../../../shared/solver/split';
import { verifyPlan } from '../../../shared/logic/verify-plan';
import { replayTrades } from '../../support/replay-trades';
import { firstPlan } from './first-plan';
import { randomDay } from './random-day';

describe('sharing a large day between searches', () => {
  it('gives every officer and visit one share, visits with their route, about half the placed visits each', () => {
    const { ctx } = firstPlan(randomDay(400, 16, 2), 2);
    const cuts: Shares[] = [];
    for (let trade = 0; trade < 4; trade++) {
      const shares = shareDay(ctx, 2, trade);
      cuts.push(shares);
      const placed = [0, 0];
      for (let k = 0; k < ctx.p.officerCount; k++) {
        expect(shares.officer[k]).toBeLessThan(2);
        placed[shares.officer[k]] += ctx.sol.routes[k].len;
      }
      for (const v of ctx.candidates) {
        const k = ctx.sol.routeOf[v];
        if (k >= 0) expect(shares.visit[v]).toBe(shares.officer[k]);
        else expect(shares.visit[v]).toBeLessThan(2);
      }
      const total = placed[0] + placed[1];
      expect(Math.min(...placed)).toBeGreaterThan(0.3 * total);
    }
    // Each trade cuts elsewhere, so no two routes stay in different shares for good.
    expect(new Set(cuts.map((s) => s.officer.join(''))).size).toBeGreaterThan(1);
  });

  it('sends a pinned unplaced visit with its officer', () => {
    const request = randomDay(120, 8, 5);
    const problem = encodeRequest(request).problem;
    const ctx = createContext(problem, 1);
    const v = ctx.candidates[0];
    for (let k = 0; k < problem.officerCount; k++) {
      if (ctx.serve[v * problem.officerCount + k] !== 1) continue;
      problem.pinnedTo[v] = k;
      for (let trade = 0; trade < 6; trade++) {
        const shares = shareDay(ctx, 2, trade);
        expect(shares.visit[v]).toBe(shares.officer[k]);
      }
      return;
    }
  });

  it('puts each route back from the search that owned it, and keeps its own where a search handed nothing over', () => {
    const shares: Shares = { officer: Uint8Array.from([0, 1, 1]), visit: new Uint8Array(0) };
    const own = [Int32Array.from([1]), Int32Array.from([2]), Int32Array.from([3])];
    const a: HandedPlan = { cost: 5, routes: [Int32Array.from([1, 4]), Int32Array.from([2]), Int32Array.from([3])] };
    const b: HandedPlan = { cost: 6, routes: [Int32Array.from([1]), Int32Array.from([]), Int32Array.from([3, 2])] };
    expect(mergeShares(shares, [a, b], own).map((r) => [...r])).toEqual([[1, 4], [], [3, 2]]);
    expect(mergeShares(shares, [a, null], own).map((r) => [...r])).toEqual([[1, 4], [2], [3]]);
  });

  it('splits days from the threshold on and races below it', () => {
    expect(cooperationFor(SPLIT_FROM_VISITS - 1)).toEqual({ split: false, at: TRADE_AT });
    expect(cooperationFor(SPLIT_FROM_VISITS)).toEqual({ split: true, at: SPLIT_AT });
    expect(SPLIT_AT[SPLIT_AT.length - 1]).toBe(1);
  });

  it('between trades, a search changes only its own share; at the end all searches hold the same plan', () => {
    const request = randomDay(300, 12, 7);
    const problem = encodeRequest(request).problem;
    const at = [0.25, 0.5, 0.75, 1];
    // Per search, the plan it handed over and the plans it got back at each trade.
    const handed: Int32Array[][][] = [[], []];
    const got: (HandedPlan | null)[][][] = [[], []];
    const { results } = replayTrades(
      2,
      at,
      (i, exchange) => {
        handed[i] = [];
        got[i] = [];
        const split = exchange.split!;
        return dispatchPlanner.plan(request, {
          seed: 11 + i,
          maxIterations: 800,
          exchange: {
            ...exchange,
            split: {
              ...split,
              share: (cost, routes) => {
                handed[i].push(routes.map((r) => r.slice()));
                const plans = split.share(cost, routes);
                got[i].push(plans);
                return plans;
              },
            },
          },
        });
      },
      true,
    );
    expect(handed[0]).toHaveLength(at.length);
    expect(results[0]).toEqual(results[1]);
    expect(verifyPlan(request, results[0]).ok).toBe(true);
    // Both searches go on from the same plan after each trade: the cheaper plan at the first, the
    // shares put together at the others; in between each changes only the routes it owns.
    let merged = cheapest(got[0][0]);
    for (let t = 0; t + 1 < at.length; t++) {
      const ctx = createContext(problem, 1);
      ctx.sol.restore(merged);
      const shares = shareDay(ctx, 2, t);
      expect(new Set(shares.officer).size).toBe(2);
      for (let i = 0; i < 2; i++) {
        const next = handed[i][t + 1];
        for (let k = 0; k < problem.officerCount; k++) {
          if (shares.officer[k] !== i) expect([...next[k]]).toEqual([...merged[k]]);
        }
      }
      merged = mergeShares(shares, got[0][t + 1], merged);
    }
    expect(results[0].routes.map((r) => r.stops.length).reduce((a, b) => a + b)).toBe(merged.reduce((n, r) => n + r.length, 0));
  });
});

/** The cheapest plan handed over, ties to the lower-numbered search. */
function cheapest(plans: (HandedPlan | null)[]): Int32Array[] {
  let best: HandedPlan | null = null;
  for (const plan of plans) if (plan && (!best || plan.cost < best.cost)) best = plan;
  return best!.routes;
}
