import type { TravelMatrix } from './travel';
import type { TravelMode } from './officer';

/**
 * How a large day estimates a pair it did not fetch: a straight line scaled by factors fitted on
 * the pairs it did fetch. Metres = `distancePerM` × straight metres; seconds per mode =
 * `overheadSec` + `secPerM` × straight metres. Points closer than half a metre are the same place.
 */
export interface TravelEstimate {
  distancePerM: number;
  modes: Partial<Record<TravelMode, { secPerM: number; overheadSec: number }>>;
}

/**
 * Travel for a day too large for the full square (issue 20): only the pairs fetched from the
 * provider, in compressed rows. Pairs from point `a` are entries `rowStart[a] … rowStart[a + 1] − 1`,
 * their destinations `to[e]` ascending; `distanceM[e]` and `durationSec[mode][e]` are per entry.
 * Points are laid out as in a `TravelMatrix` (visits, then each officer's start and end), and
 * `xM`/`yM` place them in metres east and north of the day's centre, for estimates.
 */
export interface SparseTravel {
  kind: 'sparse';
  size: number;
  rowStart: Int32Array;
  to: Int32Array;
  distanceM: Int32Array;
  durationSec: Partial<Record<TravelMode, Int32Array>>;
  xM: Float64Array;
  yM: Float64Array;
  estimate: TravelEstimate;
}

/** A day's travel: the full matrix on ordinary days, fetched pairs only on large ones. */
export type DayTravel = TravelMatrix | SparseTravel;

export function isSparseTravel(travel: DayTravel): travel is SparseTravel {
  return 'kind' in travel && travel.kind === 'sparse';
}

/** Entry of the fetched pair `from → to`, or −1 when that pair was not fetched (binary search in the row). */
export function fetchedEntry(travel: SparseTravel, from: number, to: number): number {
  let lo = travel.rowStart[from];
  let hi = travel.rowStart[from + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = travel.to[mid];
    if (at === to) return mid;
    if (at < to) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/**
 * The leg `from → to` of a day's travel as fetched (the same place is 0 s and 0 m), or null when a
 * large day did not fetch that pair: a plan must not rest on an estimate.
 */
export function fetchedLeg(
  travel: DayTravel,
  mode: TravelMode,
  from: number,
  to: number,
): { durationSec: number; distanceM: number } | null {
  const durations = travel.durationSec[mode];
  if (!durations) return null;
  if (!isSparseTravel(travel)) {
    const cell = from * travel.size + to;
    return { durationSec: durations[cell], distanceM: travel.distanceM[cell] };
  }
  if (from === to) return { durationSec: 0, distanceM: 0 };
  const e = fetchedEntry(travel, from, to);
  return e < 0 ? null : { durationSec: durations[e], distanceM: travel.distanceM[e] };
}
