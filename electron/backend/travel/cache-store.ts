import type { LatLng, TravelMode } from '../../../shared/domain';

/** One ordered pair of cached points, by point key. */
export interface PairKey {
  fromKey: string;
  toKey: string;
}

/** A cached leg. */
export interface CachedLeg {
  durationSec: number;
  distanceM: number;
}

/**
 * Persistent (SQLite) or in-memory store of legs, per provider name and mode. `getMany` answers
 * with the pairs it has, keyed by `pairKey(fromKey, toKey)`; missing pairs are simply absent.
 */
export interface TravelCacheStore {
  getMany(provider: string, mode: TravelMode, pairs: PairKey[]): Map<string, CachedLeg>;
  putMany(provider: string, mode: TravelMode, entries: (PairKey & CachedLeg)[]): void;
}

/** Decimal places kept in point keys: 5 ≈ 1.1 m, finer than any geocoder's accuracy. */
export const POINT_KEY_DECIMALS = 5;

/** A point's cache key: `"31.23040,121.47370"` (WGS-84, 5 decimals). */
export function pointKey(point: LatLng): string {
  return `${point.lat.toFixed(POINT_KEY_DECIMALS)},${point.lng.toFixed(POINT_KEY_DECIMALS)}`;
}

/** Key of an ordered pair in `getMany` answers. */
export function pairKey(fromKey: string, toKey: string): string {
  return `${fromKey}>${toKey}`;
}
