import { type InsertionChoice } from './insertion';
import { nearestNeighbours } from './neighbours';
import { PLANNABLE, preselect } from './preselect';
import { serveTable, type Problem } from './problem';
import { createRng, type Rng } from './rng';
import { Solution } from './solution';
import { OK, TimingCursor, VISITS, WORKING, type TimingCode } from './timing';

/** How many nearby visits each visit's moves look at. */
export const NEIGHBOUR_COUNT = 24;
/** Above this many officers, construction offers each visit only to this many nearest ones. */
export const NEAR_OFFICERS = 40;
/** How many nearby visits string removal walks through from its seed. */
export const ADJACENCY_COUNT = 64;

/** Forced-first recreate's tables: the open routes; `cost`/`pos` per (pool entry × open route); per entry the routes with a place (up to 2) and the cheapest. */
export interface PlaceTable {
  routes: Int32Array;
  cost: Float64Array;
  pos: Int32Array;
  choices: Uint8Array;
  cheapest: Int32Array;
}

/** Everything the construction and search steps share for one solve. */
export interface SearchContext {
  p: Problem;
  cursor: TimingCursor;
  sol: Solution;
  rng: Rng;
  /** Skill compatibility, `V × K`. */
  serve: Uint8Array;
  /** PLANNABLE / NOT_APPROVED / TOO_FREQUENT per visit. */
  verdict: Uint8Array;
  /** Timing code of a route holding only visit v for officer k (`V × K`); limits (visits, working) reported after timing. */
  alone: Uint8Array;
  /** 1 when the visit could be in some route: plannable and alone-feasible for a skilled officer. */
  isCandidate: Uint8Array;
  candidates: Int32Array;
  /** Nearest candidates per visit, `NEIGHBOUR_COUNT` slots each, −1 padded. */
  neighbours: Int32Array;
  neighbourCount: number;
  /** Longer nearest-candidate lists for ruin, `adjacencyCount` slots each, −1 padded. */
  adjacency: Int32Array;
  adjacencyCount: number;
  /**
   * For many officers, 1 where officer k is among the `NEAR_OFFICERS` whose start is closest to
   * visit v (`V × K`): construction only offers a visit to those. All 1 for small rosters.
   */
  nearOfficer: Uint8Array;
  /** Officers whose routes take no new visits and are not ruined (route elimination; closed routes; another search's share). */
  disabled: Uint8Array;
  /** 1 for a visit another search works on until the next trade (split search); all 0 otherwise. */
  outside: Uint8Array;
  /** The candidates a ruin may start from: all of them, or this search's share. */
  seedPool: Int32Array;
  /** Scratch for ruin: which routes this ruin has cut (`ruinMark[k] === ruinStamp`). */
  ruinMark: Int32Array;
  ruinStamp: number;
  /** Scratch for ruin: the candidates a seed may be drawn from (unassigned, or assigned). */
  seedList: number[];
  /** Scratch for recreate: candidate routes (`routeMark[k] === routeStamp`) and insertion offers. */
  routeMark: Int32Array;
  routeStamp: number;
  /**
   * Positions recreate still evaluates before its next blink (a geometric draw, so each position is
   * skipped with the blink rate without a random number per position); −1: none drawn yet. The
   * search uses one blink rate, so one countdown serves every call.
   */
  blinkIn: number;
  /** Scratch for recreate: the marked routes, in the order they were met. */
  routeList: Int32Array;
  offerCost: Float64Array;
  offerRoute: Int32Array;
  offerPos: Int32Array;
  sortKey: Float64Array;
  /** Recreate: the `visitMark` stamp of the visit being inserted's nearest visits; −1 until marked. */
  nearMarked: number;
  /** Scratch marks per visit (`visitMark[v] === visitStamp`). */
  visitMark: Int32Array;
  visitStamp: number;
  /** `Solution.changes` when a visit last failed to insert (repair skips unchanged routes). */
  lastFailed: Int32Array;
  /**
   * `Solution.changes` when recreate last found no place for a visit: a route unchanged since
   * (`stamp` not above it) still has none, bar blinks, so recreate skips it. Kept apart from
   * `lastFailed`, which must stay exact for the final repair. Records below `recreateFailedFloor`
   * are void: they predate a change of `disabled`, so some routes were never tried.
   */
  recreateFailed: Int32Array;
  recreateFailedFloor: number;
  /** Scratch space, each long enough for any route plus one. */
  seqA: Int32Array;
  seqB: Int32Array;
  deltas: Float64Array;
  choice: InsertionChoice;
  /** Scratch for forced-first recreate, grown on demand: best place per (pool entry, route). */
  places: PlaceTable;
  /** Polled between steps; true ends the current phase early. */
  shouldStop: () => boolean;
}

/** Builds the shared state: rule verdicts, feasibility tables, neighbours, an empty solution. */
export function createContext(p: Problem, seed: number): SearchContext {
  const cursor = new TimingCursor(p);
  const verdict = preselect(p);
  const serve = serveTable(p);
  const alone = aloneTable(p, cursor);
  const K = p.officerCount;
  const isCandidate = new Uint8Array(p.visitCount);
  const list: number[] = [];
  for (let v = 0; v < p.visitCount; v++) {
    if (verdict[v] !== PLANNABLE) continue;
    for (let k = 0; k < K; k++) {
      if (serve[v * K + k] === 1 && alone[v * K + k] === OK) {
        isCandidate[v] = 1;
        list.push(v);
        break;
      }
    }
  }
  const candidates = Int32Array.from(list);
  return {
    p,
    cursor,
    sol: new Solution(p, cursor),
    rng: createRng(seed),
    serve,
    verdict,
    alone,
    isCandidate,
    candidates,
    neighbours: nearestNeighbours(p, candidates, NEIGHBOUR_COUNT),
    neighbourCount: NEIGHBOUR_COUNT,
    adjacency: nearestNeighbours(p, candidates, ADJACENCY_COUNT),
    adjacencyCount: ADJACENCY_COUNT,
    nearOfficer: nearOfficers(p, candidates),
    disabled: Uint8Array.from(p.isClosed),
    outside: new Uint8Array(p.visitCount),
    seedPool: candidates,
    ruinMark: new Int32Array(K),
    ruinStamp: 0,
    seedList: [],
    routeMark: new Int32Array(K),
    routeStamp: 0,
    routeList: new Int32Array(K + 1),
    blinkIn: -1,
    offerCost: new Float64Array(p.visitCount + 2 * K + 2),
    offerRoute: new Int32Array(p.visitCount + 2 * K + 2),
    offerPos: new Int32Array(p.visitCount + 2 * K + 2),
    sortKey: new Float64Array(p.visitCount),
    visitMark: new Int32Array(p.visitCount),
    visitStamp: 0,
    nearMarked: -1,
    lastFailed: new Int32Array(p.visitCount).fill(-1),
    recreateFailed: new Int32Array(p.visitCount).fill(-1),
    recreateFailedFloor: 0,
    seqA: new Int32Array(p.visitCount + 2),
    seqB: new Int32Array(p.visitCount + 2),
    deltas: new Float64Array(p.visitCount + 2),
    choice: { deltaSec: 0, pos: -1 },
    places: {
      routes: new Int32Array(K),
      cost: new Float64Array(0),
      pos: new Int32Array(0),
      choices: new Uint8Array(0),
      cheapest: new Int32Array(0),
    },
    shouldStop: () => false,
  };
}

function nearOfficers(p: Problem, candidates: Int32Array): Uint8Array {
  const K = p.officerCount;
  const near = new Uint8Array(p.visitCount * K);
  if (K <= NEAR_OFFICERS) return near.fill(1);
  const order = Array.from({ length: K }, (_, k) => k);
  const travel = new Float64Array(K);
  for (const v of candidates) {
    for (let k = 0; k < K; k++) travel[k] = p.durations[p.modeSlot[k]][p.startPlace[k] * p.size + v];
    order.sort((a, b) => travel[a] - travel[b] || a - b);
    for (let i = 0; i < NEAR_OFFICERS; i++) near[v * K + order[i]] = 1;
  }
  return near;
}

/** Timing of one-visit routes, ignoring the visit limit (a limit of 0 still shows as VISITS). */
function aloneTable(p: Problem, cursor: TimingCursor): Uint8Array {
  const K = p.officerCount;
  const table = new Uint8Array(p.visitCount * K);
  for (let v = 0; v < p.visitCount; v++) {
    for (let k = 0; k < K; k++) {
      cursor.reset(k);
      let code: TimingCode = 1;
      if (cursor.step(v)) code = cursor.conclude();
      table[v * K + k] = code;
    }
  }
  return table;
}

/** True when a one-visit route's timing works (whatever the limits say). */
export function aloneTimingWorks(code: number): boolean {
  return code === OK || code === WORKING || code === VISITS;
}

/** True when officer k's route may take visit v now: skilled, route open, and v not pinned elsewhere. */
export function mayTake(ctx: SearchContext, v: number, k: number): boolean {
  const pinned = ctx.p.pinnedTo[v];
  return ctx.serve[v * ctx.p.officerCount + k] === 1 && ctx.disabled[k] === 0 && (pinned < 0 || pinned === k);
}

/** Sets which officers take no new visits; recreate's records of where visits failed lapse. */
export function setDisabled(ctx: SearchContext, disabled: (k: number) => boolean): void {
  for (let k = 0; k < ctx.p.officerCount; k++) ctx.disabled[k] = disabled(k) ? 1 : 0;
  ctx.recreateFailedFloor = ctx.sol.changes + 1;
}
