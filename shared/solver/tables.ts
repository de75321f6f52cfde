import { nearestNeighbours } from './neighbours';
import { PLANNABLE, preselect } from './preselect';
import { serveTable, travelSec, type Problem } from './problem';
import { OK, VISITS, WORKING, type TimingCode, type TimingCursor } from './timing';

/** Nearest visits kept per visit for recreate's nearby routes, the unassigned visits a ruin brings along, and compactness. */
export const NEIGHBOUR_COUNT = 24;
/** Above this many officers, construction offers each visit only to this many nearest ones. */
export const NEAR_OFFICERS = 40;
/** How many nearby visits string removal walks through from its seed. */
export const ADJACENCY_COUNT = 64;

/**
 * What one solve knows about its day before searching, built once and never changed: rule
 * verdicts, who may serve whom, which visits could be in any route at all, and nearest visits.
 */
export interface SearchTables {
  p: Problem;
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
}

/** Builds the tables; `cursor` times the one-visit routes. */
export function buildTables(p: Problem, cursor: TimingCursor): SearchTables {
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
  };
}

function nearOfficers(p: Problem, candidates: Int32Array): Uint8Array {
  const K = p.officerCount;
  const near = new Uint8Array(p.visitCount * K);
  if (K <= NEAR_OFFICERS) return near.fill(1);
  const order = Array.from({ length: K }, (_, k) => k);
  const travel = new Float64Array(K);
  for (const v of candidates) {
    for (let k = 0; k < K; k++) travel[k] = travelSec(p, p.modeSlot[k], p.startPlace[k], v);
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
