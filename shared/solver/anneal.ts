import { setDisabled, type SearchContext } from './context';
import { type HandedPlan, type TradeSchedule } from './exchange';
import { type CostModel } from './objective';
import { recreate, recreateForcedFirst } from './recreate';
import { mergeShares, shareDay, type Shares } from './split';
import { removeStrings } from './string-removal';

/** Start and end temperatures in typical legs (mean travel to the nearest visit). */
const START_TEMP_LEGS = 10;
const END_TEMP_LEGS = 0.1;
/** Unassigned visits near the ruined area offered to recreate, at most. */
const NEARBY_MISSING = 12;
/** Unassigned visits met near the ruined area from which those are picked. */
const NEARBY_MISSING_SCAN = 3 * NEARBY_MISSING;
/** Blink rate of the fixed fleet's recreate (SISR's is 0.01): on rc1_2_1 at 0.01 plans came out longer. */
const FIXED_FLEET_BLINK_RATE = 0.003;
/** Extra ruins around a visit the recreate could not put back, before the round is judged. */
const EJECTION_CHAIN = 2;

/** When to stop and how far along the budget is. */
export interface SearchClock {
  /** 0..1 of this phase's budget used so far. */
  fraction(): number;
  shouldStop(): boolean;
  /** Counts one round. */
  tick(): void;
}

/** Reported when the best plan improves (and now and then): cost and officers used. */
export type BestReport = (cost: number, fraction: number) => void;

/**
 * Ruin-and-recreate with simulated-annealing acceptance (SISR): each round cuts nearby strings of
 * stops out of a few routes, re-inserts them (and unassigned visits near them) greedily with
 * blinks, and keeps the result when it is better, or worse by less than the temperature's random
 * allowance. The temperature falls geometrically over the budget from `startTemp` to `endTemp`
 * (set from the instance's typical leg, so one setting fits benchmarks and city days alike).
 * The search never holds a broken route, so it may stop after any round; the best plan is restored
 * at the end. Returns the number of rounds done.
 */
export function anneal(ctx: SearchContext, model: CostModel, clock: SearchClock, report?: BestReport, trades?: TradeSchedule): number {
  const { sol, rng } = ctx;
  const pool = new Int32Array(ctx.p.visitCount + 1);
  let current = model.total();
  let best = current;
  let bestSnap = sol.snapshot();
  const leg = typicalLeg(ctx);
  const wasDisabled = Uint8Array.from(ctx.disabled);
  let fixedFleet = false;
  let refill = recreate;
  // A split search works on its share only between trades (null: on the whole day).
  const split = trades?.split;
  let shares: Shares | null = null;
  let sharesChanged = false;
  // With fewest officers first and every visit placed, opening an officer is never accepted, so
  // the rounds need not price it: only officers in use take visits. A fixed fleet leaves little
  // room: on an rc1_2_1 plan greedy insertion left visits out after 40 % of single ruins, forced
  // visits first after 12 % (see recreateForcedFirst).
  const settleFleet = (): void => {
    const wasFixed = fixedFleet;
    fixedFleet = model.objective.officerCost > 0 && sol.missingPenalty === 0;
    if (fixedFleet || wasFixed || sharesChanged) {
      setDisabled(
        ctx,
        (k) => wasDisabled[k] === 1 || (fixedFleet && sol.routes[k].len === 0) || (shares !== null && shares.officer[k] !== split!.index),
      );
    }
    sharesChanged = false;
    refill = fixedFleet ? recreateFixedFleet : recreate;
  };
  // Puts the searches' shares together (or, before the first cut, takes the best plan handed
  // over) and, unless that was the last trade, cuts the day anew for the next stretch.
  const shareTrade = (): void => {
    const trade = trades!.made();
    const plans = split!.share(best, bestSnap);
    bestSnap = shares !== null ? mergeShares(shares, plans, bestSnap) : bestOf(plans, bestSnap);
    sol.restore(bestSnap);
    // A search that stopped cannot take a share any more: the others go on with the whole day.
    shares = trades!.left() > 0 && plans.every((plan) => plan !== null) ? shareDay(ctx, split!.searches, trade) : null;
    sharesChanged = true;
    keepShare(ctx, shares, split!.index);
  };
  settleFleet();
  const startTemp = START_TEMP_LEGS * leg;
  const endTemp = END_TEMP_LEGS * leg;
  report?.(best, clock.fraction());
  let iteration = 0;
  while (ctx.candidates.length > 0 && !clock.shouldStop()) {
    const f = clock.fraction();
    const temp = startTemp * (endTemp / startTemp) ** f;
    sol.beginTrial();
    const missingBefore = sol.missingPenalty;
    let n = removeStrings(ctx, pool);
    n = addNearbyMissing(ctx, pool, n);
    refill(ctx, model, pool, n);
    // With the fleet fixed, a visit the recreate left out seeds another ruin around it: a short
    // ejection chain, so a tight fleet moves between plans that no single ruin connects.
    for (let link = 0; fixedFleet && link < EJECTION_CHAIN && sol.missingPenalty > missingBefore; link++) {
      const stuck = firstUnplaced(ctx, pool, n);
      if (stuck < 0) break;
      n = addNearbyMissing(ctx, pool, removeStrings(ctx, pool, stuck));
      refill(ctx, model, pool, n);
    }
    const cost = model.total();
    iteration++;
    clock.tick();
    if (cost < current - temp * Math.log(1 - rng.next())) {
      sol.endTrial();
      current = cost;
      if (cost < best - 1e-9) {
        best = cost;
        bestSnap = sol.snapshot();
        report?.(best, f);
      }
    } else {
      sol.rollback();
    }
    if ((iteration & 255) === 0) report?.(best, f);
    if (trades !== undefined && trades.due()) {
      if (split) {
        shareTrade();
      } else {
        // Every cooperating search goes on from the best plan handed over, its own included.
        const theirs = trades.trade(best, bestSnap);
        if (theirs !== null) bestSnap = theirs;
        sol.restore(bestSnap);
      }
      settleFleet();
      current = model.total();
      if (current < best) report?.(current, f);
      best = current;
    }
  }
  // Stopped with the day still shared out (cancelled, or out of time before the last trade): the
  // other searches stop too and reach the same trades, so every share's work is kept.
  while (shares !== null) shareTrade();
  sol.restore(bestSnap);
  setDisabled(ctx, (k) => wasDisabled[k] === 1);
  return iteration;
}

/** Marks the visits outside search `index`'s share and lets ruins start only inside it (everywhere when `shares` is null). */
function keepShare(ctx: SearchContext, shares: Shares | null, index: number): void {
  if (shares === null) {
    ctx.outside.fill(0);
    ctx.seedPool = ctx.candidates;
    return;
  }
  for (let v = 0; v < ctx.p.visitCount; v++) ctx.outside[v] = shares.visit[v] === index ? 0 : 1;
  ctx.seedPool = ctx.candidates.filter((v) => shares.visit[v] === index);
}

/** The cheapest plan handed over (ties to the lower-numbered search); `own` when none was. */
function bestOf(plans: readonly (HandedPlan | null)[], own: Int32Array[]): Int32Array[] {
  let best: HandedPlan | null = null;
  for (const plan of plans) if (plan !== null && (best === null || plan.cost < best.cost)) best = plan;
  return best?.routes ?? own;
}

/** Forced-first recreate at the fixed fleet's blink rate. */
function recreateFixedFleet(ctx: SearchContext, model: CostModel, pool: Int32Array, n: number): number {
  return recreateForcedFirst(ctx, model, pool, n, FIXED_FLEET_BLINK_RATE);
}

/** The first visit of `pool[0..n)` that is in no route; −1 when all are placed. */
function firstUnplaced(ctx: SearchContext, pool: Int32Array, n: number): number {
  for (let i = 0; i < n; i++) if (ctx.sol.routeOf[pool[i]] < 0) return pool[i];
  return -1;
}

/**
 * Adds unassigned candidates next to the removed visits to the pool (they may fit in the gap): of
 * the first few met walking the removed visits' neighbours, the highest priorities. On a day with
 * more visits than officers can do, most unassigned visits fit nowhere and each costs a walk of
 * every nearby route; the ones worth a walk are those whose placing would outweigh the most.
 */
export function addNearbyMissing(ctx: SearchContext, pool: Int32Array, n: number): number {
  const { p, sol, neighbours, neighbourCount, seqB: met } = ctx;
  // The pool holds unassigned candidates only: when they are all that is missing, none is near.
  if (sol.missingCount <= n) return n;
  const stamp = ++ctx.visitStamp;
  for (let i = 0; i < n; i++) ctx.visitMark[pool[i]] = stamp;
  let count = 0;
  let top = 0;
  let bottom = Infinity;
  for (let i = 0; i < n && count < NEARBY_MISSING_SCAN; i++) {
    for (let j = 0; j < neighbourCount && count < NEARBY_MISSING_SCAN; j++) {
      const w = neighbours[pool[i] * neighbourCount + j];
      if (w < 0) break;
      if (sol.routeOf[w] >= 0 || ctx.visitMark[w] === stamp || ctx.outside[w] === 1) continue;
      ctx.visitMark[w] = stamp;
      met[count++] = w;
      if (p.priority[w] > top) top = p.priority[w];
      if (p.priority[w] < bottom) bottom = p.priority[w];
    }
  }
  // Highest priority first, in the order met within a priority; priorities are a few small integers.
  let added = 0;
  for (let level = top; level >= bottom && added < NEARBY_MISSING; level--) {
    for (let i = 0; i < count && added < NEARBY_MISSING; i++) {
      if (p.priority[met[i]] !== level) continue;
      pool[n++] = met[i];
      added++;
    }
  }
  return n;
}

/** Mean travel from a visit to its nearest candidate: the unit the temperature is measured in. */
export function typicalLeg(ctx: SearchContext): number {
  const { p, adjacency, adjacencyCount, candidates } = ctx;
  const matrix = p.durations[0];
  if (!matrix || candidates.length < 2) return 1;
  let sum = 0;
  let count = 0;
  for (const v of candidates) {
    const w = adjacency[v * adjacencyCount];
    if (w < 0) continue;
    sum += matrix[v * p.size + w];
    count++;
  }
  return count > 0 && sum > 0 ? sum / count : 1;
}
