import type { TravelMode } from './officer';

/**
 * Travel between planning points, row-major `size × size`: entry `from * size + to`.
 * Distances in metres; durations in seconds per travel mode (only the modes in use are filled).
 */
export interface TravelMatrix {
  size: number;
  distanceM: Int32Array;
  durationSec: Partial<Record<TravelMode, Int32Array>>;
}

/**
 * The matrix layout of a day's plan request: visits first (point i is visit i), then each
 * officer's start and end place. Officer k of V visits starts at point V + 2k.
 */
export function startPoint(visitCount: number, officerIndex: number): number {
  return visitCount + 2 * officerIndex;
}

/** Matrix index of officer k's end place (an open end reuses the start's coordinates). */
export function endPoint(visitCount: number, officerIndex: number): number {
  return visitCount + 2 * officerIndex + 1;
}
