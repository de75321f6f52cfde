import type { PlanExchange } from '../../shared/domain';

interface Offer { cost: number; routes: Int32Array[] }
class StopAtTrade extends Error {}

/**
 * Cooperating searches replayed one after another in this thread: pass n runs every search up to
 * its n-th trade, and the plans offered there answer that trade in later passes (the best offer,
 * ties to the lower-numbered search). Each search is deterministic, so the last pass gives what
 * searches trading side by side in worker threads must give. Also counts the plans adopted.
 */
export function replayTrades<R>(searches: number, at: readonly number[], runSearch: (index: number, exchange: PlanExchange) => R): { results: R[]; adopted: number } {
  const handed: (Offer | undefined)[][] = [];
  for (let pass = 0; ; pass++) {
    const offers: (Offer | undefined)[] = new Array<Offer | undefined>(searches).fill(undefined);
    const results: R[] = [];
    let adopted = 0;
    for (let i = 0; i < searches; i++) {
      let trade = 0;
      const exchange: PlanExchange = {
        at,
        trade(cost, routes) {
          const t = trade++;
          if (t >= handed.length) {
            offers[i] = { cost, routes: routes.map((r) => r.slice()) };
            throw new StopAtTrade();
          }
          let best = i;
          handed[t].forEach((offer, j) => {
            const leader = handed[t][best];
            if (offer && leader && (offer.cost < leader.cost || (offer.cost === leader.cost && j < best))) best = j;
          });
          if (best === i) return null;
          adopted++;
          return handed[t][best]!.routes.map((r) => r.slice());
        },
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
