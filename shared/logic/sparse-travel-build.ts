import type { SparseTravel, TravelEstimate, TravelMode } from '../domain';
import { SAME_PLACE_M, straightLineM } from '../solver/sparse-legs';

/** One answered table request: origins × destinations (point indices), row-major values per mode. */
export interface FetchedBlock {
  origins: Int32Array;
  destinations: Int32Array;
  /** Metres, from the first mode's answer (one distance for all modes, as in a full matrix). */
  distanceM: Int32Array;
  durationSec: Partial<Record<TravelMode, Int32Array>>;
}

/**
 * Estimates err long by this much: a route built on an estimate then rarely breaks once its legs
 * are fetched, and the search prefers the pairs it knows.
 */
export const ESTIMATE_MARGIN = 1.1;

/**
 * A large day's travel from the blocks fetched (and, to extend it, the travel fetched before):
 * every distinct pair once (a later block wins over an earlier one), rows in compressed form with
 * destinations ascending, and the straight-line estimate fitted on all of them.
 */
export function buildSparseTravel(
  xM: Float64Array,
  yM: Float64Array,
  modes: readonly TravelMode[],
  blocks: readonly FetchedBlock[],
  before?: SparseTravel,
): SparseTravel {
  const size = xM.length;
  const sources = before ? [...blocksOf(before, modes), ...blocks] : blocks;
  // Each block's rows, listed by origin point: (block, row) references.
  const rowCount = new Int32Array(size + 1);
  let upper = 0;
  for (const b of sources) {
    for (const a of b.origins) rowCount[a + 1]++;
    upper += b.origins.length * b.destinations.length;
  }
  for (let a = 0; a < size; a++) rowCount[a + 1] += rowCount[a];
  const fill = rowCount.slice(0, size);
  const refBlock = new Int32Array(rowCount[size]);
  const refRow = new Int32Array(rowCount[size]);
  sources.forEach((b, i) =>
    b.origins.forEach((a, r) => {
      refBlock[fill[a]] = i;
      refRow[fill[a]++] = r;
    }),
  );

  const rowStart = new Int32Array(size + 1);
  const to = new Int32Array(upper);
  const cellBlock = new Int32Array(upper);
  const cellAt = new Int32Array(upper);
  const seenIn = new Int32Array(size).fill(-1);
  const pickBlock = new Int32Array(size);
  const pickCell = new Int32Array(size);
  let n = 0;
  for (let a = 0; a < size; a++) {
    const first = n;
    for (let ref = rowCount[a]; ref < rowCount[a + 1]; ref++) {
      const b = sources[refBlock[ref]];
      const cols = b.destinations.length;
      for (let j = 0; j < cols; j++) {
        const dest = b.destinations[j];
        if (dest === a) continue;
        if (seenIn[dest] !== a) {
          seenIn[dest] = a;
          to[n++] = dest;
        }
        pickBlock[dest] = refBlock[ref];
        pickCell[dest] = refRow[ref] * cols + j;
      }
    }
    to.subarray(first, n).sort();
    for (let e = first; e < n; e++) {
      cellBlock[e] = pickBlock[to[e]];
      cellAt[e] = pickCell[to[e]];
    }
    rowStart[a + 1] = n;
  }
  const gather = (values: (b: FetchedBlock) => Int32Array): Int32Array => {
    const out = new Int32Array(n);
    for (let e = 0; e < n; e++) out[e] = values(sources[cellBlock[e]])[cellAt[e]];
    return out;
  };
  const distanceM = gather((b) => b.distanceM);
  const durationSec: SparseTravel['durationSec'] = {};
  for (const mode of modes) durationSec[mode] = gather((b) => b.durationSec[mode] as Int32Array);
  const travel = { kind: 'sparse', size, rowStart, to: to.slice(0, n), distanceM, durationSec, xM, yM } as const;
  return { ...travel, estimate: fitEstimate(travel, modes) };
}

/** A sparse travel's rows as blocks (one origin each), to build on. */
function blocksOf(travel: SparseTravel, modes: readonly TravelMode[]): FetchedBlock[] {
  const blocks: FetchedBlock[] = [];
  for (let a = 0; a < travel.size; a++) {
    const lo = travel.rowStart[a];
    const hi = travel.rowStart[a + 1];
    if (hi === lo) continue;
    const durationSec: FetchedBlock['durationSec'] = {};
    for (const mode of modes) durationSec[mode] = (travel.durationSec[mode] as Int32Array).subarray(lo, hi);
    blocks.push({
      origins: Int32Array.of(a),
      destinations: travel.to.subarray(lo, hi),
      distanceM: travel.distanceM.subarray(lo, hi),
      durationSec,
    });
  }
  return blocks;
}

/**
 * The straight-line model fitted on the fetched pairs, by least squares: seconds = overhead +
 * slope × straight metres per mode (overhead kept ≥ 0: a leg never takes less than no time), and
 * road metres = factor × straight metres; then `ESTIMATE_MARGIN` on top.
 */
export function fitEstimate(travel: Omit<SparseTravel, 'estimate' | 'kind'>, modes: readonly TravelMode[]): TravelEstimate {
  let sx = 0;
  let sxx = 0;
  let sxd = 0;
  let count = 0;
  const sy = new Float64Array(modes.length);
  const sxy = new Float64Array(modes.length);
  for (let a = 0; a < travel.size; a++) {
    for (let e = travel.rowStart[a]; e < travel.rowStart[a + 1]; e++) {
      const x = straightLineM(travel.xM, travel.yM, a, travel.to[e]);
      if (x < SAME_PLACE_M) continue;
      count++;
      sx += x;
      sxx += x * x;
      sxd += x * travel.distanceM[e];
      modes.forEach((mode, m) => {
        const y = (travel.durationSec[mode] as Int32Array)[e];
        sy[m] += y;
        sxy[m] += x * y;
      });
    }
  }
  const estimate: TravelEstimate = { distancePerM: sxx > 0 ? (ESTIMATE_MARGIN * sxd) / sxx : ESTIMATE_MARGIN, modes: {} };
  modes.forEach((mode, m) => {
    const spread = count * sxx - sx * sx;
    let slope = spread > 0 ? (count * sxy[m] - sx * sy[m]) / spread : 0;
    let overhead = count > 0 ? (sy[m] - slope * sx) / count : 0;
    if (overhead < 0 || slope <= 0) {
      overhead = 0;
      slope = sx > 0 ? sy[m] / sx : 0;
    }
    estimate.modes[mode] = { secPerM: ESTIMATE_MARGIN * slope, overheadSec: ESTIMATE_MARGIN * overhead };
  });
  return estimate;
}
