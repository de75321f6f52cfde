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
