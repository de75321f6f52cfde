import type { LatLng, TravelMatrix, TravelMode, TravelSource } from '../../../shared/domain';

/** Progress and cancellation for a travel computation. */
export interface TravelOptions {
  /** Called with the share done, 0..1. */
  onProgress?(fraction: number): void;
  /** When aborted, the computation stops with a `cancelled` AppError. */
  signal?: AbortSignal;
  /** Told where the matrix's times came from (a router, or the straight-line model standing in for it), for the plan to record. */
  onSource?(source: TravelSource): void;
}

/** Travel from each origin to each destination for one mode, row-major `origins × destinations`. */
export interface TravelTable {
  rows: number;
  cols: number;
  durationSec: Int32Array;
  distanceM: Int32Array;
}

/**
 * Where travel times come from (straight-line estimate today, a road network later).
 * `matrix` covers every ordered pair of points; `table`, when offered, covers origins × destinations
 * only, which lets a cache ask for just the pairs it lacks.
 */
export interface TravelProvider {
  /** Stable id, part of cache keys: change it whenever the numbers it gives change. */
  readonly name: string;
  matrix(points: LatLng[], modes: TravelMode[], options?: TravelOptions): Promise<TravelMatrix>;
  /**
   * The same matrix at once, for providers that need no waiting (a straight-line model, not a road
   * server): the plan check runs inside a write transaction, which cannot wait.
   */
  matrixNow?(points: LatLng[], modes: TravelMode[]): TravelMatrix;
  table?(origins: LatLng[], destinations: LatLng[], mode: TravelMode, options?: TravelOptions): Promise<TravelTable>;
}
