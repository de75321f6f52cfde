import { keepNearest } from './neighbours';

/**
 * Travel on a large day without the full matrix (issue 20): the pairs fetched from the provider in
 * compressed rows (pairs from place a are entries `rowStart[a] … rowStart[a + 1] − 1`, destinations
 * ascending), and for any other pair an estimate: the straight line between the places scaled by
 * factors fitted on the fetched pairs (`overheadSec + secPerM × metres`, `distancePerM × metres`),
 * so the search never fails for lack of a pair. Which pairs were fetched (each visit's nearest
 * visits both ways, and its nearest officers' start and end places) is chosen outside the solver.
 */
export interface SparseTables {
  size: number;
  rowStart: Int32Array;
  to: Int32Array;
  /** Seconds per entry, one array per mode slot (the slots of `Problem.durations`). */
  durations: Int32Array[];
  distanceM: Int32Array;
  /** Places in metres east and north of the day's centre. */
  xM: Float64Array;
  yM: Float64Array;
  /** Fitted per mode slot. */
  secPerM: Float64Array;
  overheadSec: Float64Array;
  distancePerM: number;
}

/** Places closer than this (straight line, metres) are the same place: no travel. */
export const SAME_PLACE_M = 0.5;

/** Straight-line metres between two projected places. */
export function straightLineM(xM: Float64Array, yM: Float64Array, a: number, b: number): number {
  const dx = xM[a] - xM[b];
  const dy = yM[a] - yM[b];
  return Math.sqrt(dx * dx + dy * dy);
}

export class SparseLegs {
  constructor(readonly t: SparseTables) {}

  /** Entry of the fetched pair a → b, or −1 (binary search in row a). */
  entry(a: number, b: number): number {
    const to = this.t.to;
    let lo = this.t.rowStart[a];
    let hi = this.t.rowStart[a + 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = to[mid];
      if (at === b) return mid;
      if (at < b) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** True when a → b was fetched (or is no travel at all). */
  isFetched(a: number, b: number): boolean {
    return a === b || this.entry(a, b) >= 0;
  }

  /** Travel seconds on mode slot `slot` from a to b: fetched, or estimated. */
  sec(slot: number, a: number, b: number): number {
    if (a === b) return 0;
    const e = this.entry(a, b);
    if (e >= 0) return this.t.durations[slot][e];
    const m = straightLineM(this.t.xM, this.t.yM, a, b);
    return m < SAME_PLACE_M ? 0 : Math.round(this.t.overheadSec[slot] + this.t.secPerM[slot] * m);
  }

  /** Metres from a to b: fetched, or estimated. */
  metres(a: number, b: number): number {
    if (a === b) return 0;
    const e = this.entry(a, b);
    if (e >= 0) return this.t.distanceM[e];
    const m = straightLineM(this.t.xM, this.t.yM, a, b);
    return m < SAME_PLACE_M ? 0 : Math.round(this.t.distancePerM * m);
  }

  /**
   * An upper bound of any leg's seconds: the longest fetched, or the estimate across the corners of
   * the box around every place (no two places are farther apart), whichever is longer.
   */
  longestSec(): number {
    const { xM, yM, durations, secPerM, overheadSec } = this.t;
    let longest = 0;
    for (const values of durations) for (let e = 0; e < values.length; e++) if (values[e] > longest) longest = values[e];
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < xM.length; i++) {
      minX = Math.min(minX, xM[i]);
      maxX = Math.max(maxX, xM[i]);
      minY = Math.min(minY, yM[i]);
      maxY = Math.max(maxY, yM[i]);
    }
    const diagonal = xM.length > 0 ? Math.sqrt((maxX - minX) ** 2 + (maxY - minY) ** 2) : 0;
    for (let s = 0; s < durations.length; s++) longest = Math.max(longest, Math.ceil(overheadSec[s] + secPerM[s] * diagonal));
    return longest;
  }

  /**
   * For every visit, its `count` nearest candidate visits by round-trip metres among the fetched
   * pairs only (the nearest visits were fetched, so these are the dense lists' neighbours as far as
   * the fetched pairs reach). `V × count` indices, −1 where fewer exist; ties go to the lower index.
   */
  nearest(visitCount: number, candidates: Int32Array, count: number): Int32Array {
    const out = new Int32Array(visitCount * count).fill(-1);
    if (count === 0) return out;
    const isCandidate = new Uint8Array(visitCount);
    for (const v of candidates) isCandidate[v] = 1;
    const { rowStart, to } = this.t;
    const bestD = new Float64Array(count);
    const bestV = new Int32Array(count);
    for (let u = 0; u < visitCount; u++) {
      let filled = 0;
      for (let e = rowStart[u]; e < rowStart[u + 1]; e++) {
        const w = to[e];
        if (w >= visitCount) break; // destinations ascend: officers' places come after the visits
        if (w === u || isCandidate[w] === 0) continue;
        filled = keepNearest(bestD, bestV, filled, this.t.distanceM[e] + this.metres(w, u), w);
      }
      for (let i = 0; i < filled; i++) out[u * count + i] = bestV[i];
    }
    return out;
  }
}
