import { createInsertionScratch, type InsertionScratch } from './insertion';
import { createPoolScratch, type PoolScratch } from './missing-visits';
import { type Problem } from './problem';
import { createPlaceTable, type PlaceTable } from './recreate-forced-first';
import { createRecreateScratch, type RecreateScratch } from './recreate-places';
import { createRng, type Rng } from './rng';
import { Solution } from './solution';
import { createRuinScratch, type RuinScratch } from './string-removal';
import { buildTables, type SearchTables } from './tables';
import { TimingCursor } from './timing';

/**
 * Where the search stands: the plan, the random source, which officers and visits it may touch
 * now, and what it remembers about failed insertions. Everything here outlives a single step.
 */
export interface SearchState {
  sol: Solution;
  /** The one timing evaluator every step re-times routes with (`simple`: no breaks or working limits today). */
  cursor: TimingCursor;
  rng: Rng;
  /** Officers whose routes take no new visits and are not ruined (route elimination; closed routes; another search's share). */
  disabled: Uint8Array;
  /** 1 for a visit another search works on until the next trade (split search); all 0 otherwise. */
  outside: Uint8Array;
  /** The candidates a ruin may start from: all of them, or this search's share. */
  seedPool: Int32Array;
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
  /** Polled between steps; true ends the current phase early. */
  shouldStop: () => boolean;
}

/** Each step's own buffers, allocated once per solve so that no round allocates; see the step's file. */
export interface StepScratch {
  ruin: RuinScratch;
  pool: PoolScratch;
  recreate: RecreateScratch;
  places: PlaceTable;
  insertion: InsertionScratch;
}

/** Everything a construction or search step is given: the fixed tables, the search state and the steps' scratch. */
export interface SearchContext extends SearchTables, SearchState, StepScratch {}

/** Builds the tables, an empty plan and the scratch for one solve. */
export function createContext(p: Problem, seed: number): SearchContext {
  const cursor = new TimingCursor(p);
  const tables = buildTables(p, cursor);
  return {
    ...tables,
    sol: new Solution(p, cursor),
    cursor,
    rng: createRng(seed),
    disabled: Uint8Array.from(p.isClosed),
    outside: new Uint8Array(p.visitCount),
    seedPool: tables.candidates,
    lastFailed: new Int32Array(p.visitCount).fill(-1),
    recreateFailed: new Int32Array(p.visitCount).fill(-1),
    recreateFailedFloor: 0,
    shouldStop: () => false,
    ruin: createRuinScratch(p),
    pool: createPoolScratch(p),
    recreate: createRecreateScratch(p),
    places: createPlaceTable(p),
    insertion: createInsertionScratch(p),
  };
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
