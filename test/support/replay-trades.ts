import type { HandedPlan, PlanExchange } from '../../shared/solver/exchange';

class StopAtTrade extends Error {}

/**
 * Cooperating searches replayed one after another in this thread: pass n runs every search up to
 * its n-th trade, and the plans offered there answer that trade in later passes (the best offer,
 * ties to the lower-numbered search; with `split`, every offer). Each search is deterministic, so
 * the last pass gives what searches trading side by side in worker threads must give. Also counts
 * the plans adopted (racing searches only).
 */
export function replayTrades<R>(
  searches: number,
  at: readonly number[],
  runSearch: (index: number, exchange: PlanExchange) => R,
  split = false,
): { results: R[]; adopted: number } {
  const handed: (HandedPlan | undefined)[][] = [];
  for (let pass = 0; ; pass++) {
    const offers: (HandedPlan | undefined)[] = new Array<HandedPlan | undefined>(searches).fill(undefined);
    const results: R[] = [];
    let adopted = 0;
    for (let i = 0; i < searches; i++) {
      let trade = 0;
      // The plans handed over at this search's next trade, or a stop when that trade is not replayed yet.
      const reach = (cost: number, routes: Int32Array[]): (HandedPlan | undefined)[] => {
        const t = trade++;
        if (t >= handed.length) {
          offers[i] = { cost, routes: routes.map((r) => r.slice()) };
          throw new StopAtTrade();
        }
        return handed[t];
      };
      const exchange: PlanExchange = {
        at,
        trade(cost, routes) {
          const plans = reach(cost, routes);
          let best = i;
          plans.forEach((offer, j) => {
            const leader = plans[best];
            if (offer && leader && (offer.cost < leader.cost || (offer.cost === leader.cost && j < best))) best = j;
          });
          if (best === i) return null;
          adopted++;
          return plans[best]!.routes.map((r) => r.slice());
        },
        split: split
          ? {
              index: i,
              searches,
              share: (cost, routes) =>
                reach(cost, routes).map((plan) => (plan ? { cost: plan.cost, routes: plan.routes.map((r) => r.slice()) } : null)),
            }
          : undefined,
      };
      try {
        results.push(runSearch(i, exchange));
      } catch (error) {
        if (!(error instanceof StopAtTrade)) throw error;
      }
    }
    if (pass === at.length) return { results, adopted };
    handed.push(offers);
  }
}
