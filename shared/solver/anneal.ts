import { type SearchClock } from './clock';
import { setDisabled, type SearchContext } from './context';
import { addNearbyMissing } from './missing-visits';
import { type CostModel } from './objective';
import { recreate } from './recreate';
import { recreateForcedFirst } from './recreate-forced-first';
import { hasTravel, travelSec } from './problem';
import { type Snapshot } from './solution';
import { removeStrings } from './string-removal';

/** Start and end temperatures in typical legs (mean travel to the nearest visit). */
const START_TEMP_LEGS = 10;
const END_TEMP_LEGS = 0.1;
/** Blink rate of the fixed fleet's recreate (SISR's is 0.01): on rc1_2_1 at 0.01 plans came out longer. */
const FIXED_FLEET_BLINK_RATE = 0.003;
/** Extra ruins around a visit the recreate could not put back, before the round is judged. */
const EJECTION_CHAIN = 2;

/** Reported when the best plan improves (and now and then): cost and fraction of the phase. */
export type BestReport = (cost: number, fraction: number) => void;

/** What a stretch of annealing ends with: its rounds, its best plan and that plan's cost, and whether it stopped for a trade. */
export interface Stretch {
  rounds: number;
  best: number;
  bestSnap: Snapshot;
  /** True when it stopped because `tradeDue` said so, rather than at the end of the clock. */
  forTrade: boolean;
}

/**
 * Ruin-and-recreate with simulated-annealing acceptance (SISR): each round cuts nearby strings of
 * stops out of a few routes, re-inserts them (and unassigned visits near them) greedily with
 * blinks, and keeps the result when it is better, or worse by less than the temperature's random
 * allowance. The temperature falls geometrically over the clock's budget from `START_TEMP_LEGS` to
 * `END_TEMP_LEGS` typical legs (so one setting fits benchmarks and city days alike). The search
 * never holds a broken route, so it may stop after any round; the best plan is restored at the
 * end. Returns the number of rounds done.
 */
export function anneal(ctx: SearchContext, model: CostModel, clock: SearchClock, report?: BestReport): number {
  const stretch = annealStretch(ctx, model, clock, report);
  ctx.sol.restore(stretch.bestSnap);
  return stretch.rounds;
}

/**
 * Anneals from the current plan until the clock stops or, after a round, `tradeDue` says a trade
 * is due. The temperature follows the clock's fraction, so stretches between trades continue one
 * cooling schedule. Leaves the search on its current plan, not the best: the caller restores the
 * best, or a better plan another search hands over.
 */
export function annealStretch(
  ctx: SearchContext,
  model: CostModel,
  clock: SearchClock,
  report?: BestReport,
  tradeDue?: () => boolean,
): Stretch {
  const { sol, rng } = ctx;
  const pool = new Int32Array(ctx.p.visitCount + 1);
  let current = model.total();
  let best = current;
  let bestSnap = sol.snapshot();
  const leg = typicalLeg(ctx);
  const startTemp = START_TEMP_LEGS * leg;
  const endTemp = END_TEMP_LEGS * leg;
  // With fewest officers first and every visit placed, opening an officer is never accepted, so
  // the rounds need not price it: only officers in use take visits. A fixed fleet leaves little
  // room: on an rc1_2_1 plan greedy insertion left visits out after 40 % of single ruins, forced
  // visits first after 12 % (see recreateForcedFirst).
  const fixedFleet = model.objective.officerCost > 0 && sol.missingPenalty === 0;
  const wasDisabled = Uint8Array.from(ctx.disabled);
  if (fixedFleet) setDisabled(ctx, (k) => wasDisabled[k] === 1 || sol.routes[k].len === 0);
  const refill = fixedFleet ? recreateFixedFleet : recreate;
  report?.(best, clock.fraction());
  let rounds = 0;
  let forTrade = false;
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
    rounds++;
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
    if ((rounds & 255) === 0) report?.(best, f);
    if (tradeDue?.()) {
      forTrade = true;
      break;
    }
  }
  if (fixedFleet) setDisabled(ctx, (k) => wasDisabled[k] === 1);
  return { rounds, best, bestSnap, forTrade };
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

/** Mean travel from a visit to its nearest candidate: the unit the temperature is measured in. */
export function typicalLeg(ctx: SearchContext): number {
  const { p, adjacency, adjacencyCount, candidates } = ctx;
  if (!hasTravel(p) || candidates.length < 2) return 1;
  let sum = 0;
  let count = 0;
  for (const v of candidates) {
    const w = adjacency[v * adjacencyCount];
    if (w < 0) continue;
    sum += travelSec(p, 0, v, w);
    count++;
  }
  return count > 0 && sum > 0 ? sum / count : 1;
}
