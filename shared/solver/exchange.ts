import type { PlanExchange } from '../domain';

/**
 * Budget fractions at which cooperating searches trade best plans. Route elimination (fewest
 * officers first) ends by half the budget, so every search is annealing by the first trade; the
 * search mostly settles after the middle of its budget, so the trades give the best plan then the
 * rest of every search's time.
 */
export const TRADE_AT: readonly number[] = [0.5, 0.75];

/** The trades still due in one search, against the budget's overall fraction. */
export interface TradeSchedule {
  /** True when the budget has passed the next trade's fraction. */
  due(): boolean;
  trade(cost: number, routes: Int32Array[]): Int32Array[] | null;
}

/** Walks `exchange.at` in order as `fraction()` (0..1 of the whole budget) advances. */
export function tradeSchedule(exchange: PlanExchange, fraction: () => number): TradeSchedule {
  let next = 0;
  return {
    due: () => next < exchange.at.length && fraction() >= exchange.at[next],
    trade: (cost, routes) => {
      next++;
      return exchange.trade(cost, routes);
    },
  };
}
