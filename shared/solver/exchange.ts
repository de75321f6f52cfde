/**
 * Cooperation between searches of the same request running side by side, each with its own seed:
 * at fixed fractions of the budget each hands over its best plan, and all go on from the best of
 * them. Plans are in the planner's own encoding (per officer, visit indices in order), the same in
 * every search of one request. Trading at budget fractions rather than on a timer keeps a run with
 * an iteration budget reproducible: every search reaches each trade after the same rounds.
 */
export interface PlanExchange {
  /** Fractions of the whole budget, ascending, at which plans are traded. */
  readonly at: readonly number[];
  /**
   * Hands over this search's best plan (its cost and routes) and waits for the others' (or for
   * them to stop). Returns the best plan handed over when another search's is strictly better, or
   * null when this search's own is the best (ties go to the lower-numbered search, so all agree).
   */
  trade(cost: number, routes: Int32Array[]): Int32Array[] | null;
  /**
   * Present when the searches split a large day between them: each searches only its share of
   * the officers and visits between trades, and at a trade the shares are put back together.
   * `index` is this search's number of `searches`; `share` hands over this search's best plan
   * and returns every search's, by number (null for a search that stopped without handing one over).
   */
  readonly split?: {
    index: number;
    searches: number;
    share(cost: number, routes: Int32Array[]): (HandedPlan | null)[];
  };
}

/** A plan one search handed over at a trade. */
export interface HandedPlan {
  cost: number;
  routes: Int32Array[];
}

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
    split:
      split && split.searches > 1
        ? {
            index: split.index,
            searches: split.searches,
            share: (cost, routes) => {
              next++;
              return split.share(cost, routes);
            },
          }
        : undefined,
  };
}
