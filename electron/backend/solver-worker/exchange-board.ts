import type { HandedPlan, PlanExchange } from '../../../shared/solver/exchange';

/** How many searches trade, how often, and (at most) how many officers and visits their plans hold. */
export interface BoardShape {
  searches: number;
  trades: number;
  officers: number;
  visits: number;
}

/** Longest a search waits for a silent partner before it checks again (the partner may have died). */
const WAIT_SLICE_MS = 1000;

/**
 * The plan exchange of searches in worker threads, in one SharedArrayBuffer. Int32 words: a change
 * counter (bumped and notified on every arrival and stop), a stopped flag per search, an arrived
 * flag per trade and search; then a cost (Float64) per trade and search; then per trade and search
 * a plan slot: the number of officers, then each officer's visit count followed by the visits.
 * Every trade has its own slots, so a search that has moved on never overwrites a plan another
 * search is still reading.
 */
function createBoard(shape: BoardShape): SharedArrayBuffer {
  return new SharedArrayBuffer(layout(shape).bytes);
}

/** One search's place at a board: what a worker job carries to trade. */
export interface BoardSeat {
  board: SharedArrayBuffer;
  shape: BoardShape;
  index: number;
  /** Budget fractions of the trades, at most `shape.trades`. */
  at: readonly number[];
  /** The searches split the day between them (see `PlanExchange.split`). */
  split: boolean;
}

/** A board for `searches` searches of plans of up to `officers` and `visits`, trading at `at`: one seat per search. */
export function boardSeats(searches: number, officers: number, visits: number, at: readonly number[], split = false): BoardSeat[] {
  const shape: BoardShape = { searches, trades: at.length, officers, visits };
  const board = createBoard(shape);
  return Array.from({ length: searches }, (_, index) => ({ board, shape, index, at, split }));
}

/** The exchange of the search at `seat`. */
export function boardExchange({ board, shape, index, at, split }: BoardSeat): PlanExchange {
  if (at.length > shape.trades) throw new Error(`The board holds ${shape.trades} trades, not ${at.length}.`);
  const l = layout(shape);
  const words = new Int32Array(board);
  const costs = new Float64Array(board, l.costsByte, shape.trades * shape.searches);
  const S = shape.searches;
  let done = 0;
  /** Hands this search's plan over at the next trade and waits for every other search's (or its stop); returns the trade. */
  const handOver = (cost: number, routes: Int32Array[]): number => {
    const t = done++;
    costs[t * S + index] = cost;
    writePlan(words, l.slot(t, index), routes);
    Atomics.store(words, l.arrived + t * S + index, 1);
    announce(words);
    for (;;) {
      const seen = Atomics.load(words, 0);
      let waiting = false;
      for (let j = 0; j < S; j++) {
        if (Atomics.load(words, l.arrived + t * S + j) === 0 && Atomics.load(words, l.stopped + j) === 0) waiting = true;
      }
      if (!waiting) return t;
      Atomics.wait(words, 0, seen, WAIT_SLICE_MS);
    }
  };
  const arrived = (t: number, j: number): boolean => Atomics.load(words, l.arrived + t * S + j) === 1;
  return {
    at,
    trade(cost, routes) {
      const t = handOver(cost, routes);
      let best = index;
      for (let j = 0; j < S; j++) {
        if (!arrived(t, j)) continue;
        if (costs[t * S + j] < costs[t * S + best] || (costs[t * S + j] === costs[t * S + best] && j < best)) best = j;
      }
      return best === index ? null : readPlan(words, l.slot(t, best));
    },
    split: split
      ? {
          index,
          searches: S,
          share(cost, routes) {
            const t = handOver(cost, routes);
            return Array.from({ length: S }, (_, j): HandedPlan | null =>
              arrived(t, j) ? { cost: costs[t * S + j], routes: readPlan(words, l.slot(t, j)) } : null,
            );
          },
        }
      : undefined,
  };
}

/** Marks search `index` as stopped, so that no other search waits for it at a trade. */
export function markStopped({ board, shape, index }: BoardSeat): void {
  const words = new Int32Array(board);
  Atomics.store(words, layout(shape).stopped + index, 1);
  announce(words);
}

function announce(words: Int32Array): void {
  Atomics.add(words, 0, 1);
  Atomics.notify(words, 0);
}

function layout({ searches: S, trades: T, officers: K, visits: V }: BoardShape) {
  const stopped = 1;
  const arrived = stopped + S;
  const flagsEnd = arrived + T * S;
  const costsByte = Math.ceil((flagsEnd * 4) / 8) * 8;
  const plansWord = (costsByte + T * S * 8) / 4;
  const slotWords = 1 + K + V;
  return {
    stopped,
    arrived,
    costsByte,
    slot: (t: number, j: number) => plansWord + (t * S + j) * slotWords,
    bytes: (plansWord + T * S * slotWords) * 4,
  };
}

function writePlan(words: Int32Array, at: number, routes: Int32Array[]): void {
  words[at] = routes.length;
  let w = at + 1;
  for (const route of routes) {
    words[w++] = route.length;
    words.set(route, w);
    w += route.length;
  }
}

function readPlan(words: Int32Array, at: number): Int32Array[] {
  const routes: Int32Array[] = [];
  let w = at + 1;
  for (let k = 0; k < words[at]; k++) {
    const len = words[w++];
    routes.push(words.slice(w, w + len));
    w += len;
  }
  return routes;
}
