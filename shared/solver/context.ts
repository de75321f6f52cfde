import { type InsertionChoice } from './insertion';
import { nearestNeighbours } from './neighbours';
import { PLANNABLE, preselect } from './preselect';
import { serveTable, type Problem } from './problem';
import { createRng, type Rng } from './rng';
import { Solution } from './solution';
import { OK, TimingCursor, VISITS, WORKING, type TimingCode } from './timing';

/** How many nearby visits each visit's moves look at. */
export const NEIGHBOUR_COUNT = 24;

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
  /** `Solution.changes` when a visit was last tested by local search / last failed to insert. */
  lastTested: Int32Array;
  lastFailed: Int32Array;
  /** Scratch space, each long enough for any route plus one. */
  seqA: Int32Array;
  seqB: Int32Array;
  deltas: Float64Array;
  choice: InsertionChoice;
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
    lastTested: new Int32Array(p.visitCount),
    lastFailed: new Int32Array(p.visitCount).fill(-1),
    seqA: new Int32Array(p.visitCount + 2),
    seqB: new Int32Array(p.visitCount + 2),
    deltas: new Float64Array(p.visitCount + 2),
    choice: { deltaSec: 0, pos: -1 },
    shouldStop: () => false,
  };
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
