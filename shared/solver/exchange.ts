import type { PlanExchange } from '../domain';

/**
 * Budget fractions at which cooperating searches trade best plans. Route elimination (fewest
 * officers first) ends by half the budget, so every search is annealing by the first trade; the
 * search mostly settles after the middle of its budget, so the trades give the best plan then the
 * rest of every search's time.
 */
export const TRADE_AT: readonly number[] = [0.5, 0.75];

/**
 * From this many visits the searches split the day instead of racing on the whole of it (see
 * `PlanExchange.split`): on a 5,000-visit day a ruin touches a few routes of 200, so two searches
 * on two halves do about twice the useful rounds, where racing keeps one search's work and drops
 * the other's. Benchmark-sized days stay below, where racing gives two independent chances.
 */
export const SPLIT_FROM_VISITS = 1000;
/** Trades of a split search: the shares are put together and cut anew twelve times, the last at the end. */
export const SPLIT_AT: readonly number[] = Array.from({ length: 12 }, (_, i) => (i + 1) / 12);

/** How searches of a day with `visits` visits cooperate: split the day or race, and when they trade. */
export function cooperationFor(visits: number): { split: boolean; at: readonly number[] } {
  return visits >= SPLIT_FROM_VISITS ? { split: true, at: SPLIT_AT } : { split: false, at: TRADE_AT };
}

/** The trades still due in one search, against the budget's overall fraction. */
export interface TradeSchedule {
  /** True when the budget has passed the next trade's fraction. */
  due(): boolean;
  /** Trades not yet made. */
  left(): number;
  /** Number of trades made so far. */
  made(): number;
  trade(cost: number, routes: Int32Array[]): Int32Array[] | null;
  split?: PlanExchange['split'];
}

/** Walks `exchange.at` in order as `fraction()` (0..1 of the whole budget) advances. */
export function tradeSchedule(exchange: PlanExchange, fraction: () => number): TradeSchedule {
  let next = 0;
  const split = exchange.split;
  return {
    due: () => next < exchange.at.length && fraction() >= exchange.at[next],
    left: () => exchange.at.length - next,
    made: () => next,
    trade: (cost, routes) => {
      next++;
      return exchange.trade(cost, routes);
    },
    split: split && split.searches > 1 ? {
      index: split.index,
      searches: split.searches,
      share: (cost, routes) => {
        next++;
        return split.share(cost, routes);
      },
    } : undefined,
  };
}
