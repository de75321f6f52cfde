import { anneal, annealStretch, type BestReport } from './anneal';
import { type SearchClock } from './clock';
import { setDisabled, type SearchContext } from './context';
import { type HandedPlan, type TradeSchedule } from './exchange';
import { type CostModel } from './objective';
import { type Snapshot } from './solution';
import { keepShare, mergeShares, shareDay, type Shares } from './split';

/**
 * The improvement phase of one search: annealing, in stretches between the trades of cooperating
 * searches (see exchange.ts). At a trade of racing searches each goes on from the best plan handed
 * over; at a trade of searches that split the day the shares are put together and cut anew, and
 * until the next trade this search ruins, seeds and fills only its own share (other officers
 * disabled, other visits marked outside). Without trades it is one stretch. Returns the rounds done.
 */
export function search(ctx: SearchContext, model: CostModel, clock: SearchClock, report?: BestReport, trades?: TradeSchedule): number {
  if (trades === undefined) return anneal(ctx, model, clock, report);
  const { sol } = ctx;
  const baseline = Uint8Array.from(ctx.disabled);
  const split = trades.split;
  let shares: Shares | null = null;
  let best = 0;
  let bestSnap: Snapshot = [];
  // Puts the searches' shares together (or, before the first cut, takes the best plan handed
  // over) and, unless that was the last trade, cuts the day anew for the next stretch.
  const shareTrade = (): void => {
    const trade = trades.made();
    const plans = split!.share(best, bestSnap);
    bestSnap = shares !== null ? mergeShares(shares, plans, bestSnap) : bestOf(plans, bestSnap);
    sol.restore(bestSnap);
    // A search that stopped cannot take a share any more: the others go on with the whole day.
    shares = trades.left() > 0 && plans.every((plan) => plan !== null) ? shareDay(ctx, split!.searches, trade) : null;
    keepShare(ctx, shares, split!.index);
    const owner = shares?.officer;
    setDisabled(ctx, (k) => baseline[k] === 1 || (owner !== undefined && owner[k] !== split!.index));
  };
  let rounds = 0;
  for (;;) {
    const stretch = annealStretch(ctx, model, clock, report, trades.due);
    rounds += stretch.rounds;
    best = stretch.best;
    bestSnap = stretch.bestSnap;
    if (!stretch.forTrade) break;
    if (split) {
      shareTrade();
    } else {
      // Every cooperating search goes on from the best plan handed over, its own included.
      const theirs = trades.trade(best, bestSnap);
      if (theirs !== null) bestSnap = theirs;
      sol.restore(bestSnap);
    }
  }
  // Stopped with the day still shared out (cancelled, or out of time before the last trade): the
  // other searches stop too and reach the same trades, so every share's work is kept.
  while (shares !== null) shareTrade();
  sol.restore(bestSnap);
  return rounds;
}

/** The cheapest plan handed over (ties to the lower-numbered search); `own` when none was. */
function bestOf(plans: readonly (HandedPlan | null)[], own: Snapshot): Snapshot {
  let best: HandedPlan | null = null;
  for (const plan of plans) if (plan !== null && (best === null || plan.cost < best.cost)) best = plan;
  return best?.routes ?? own;
}
