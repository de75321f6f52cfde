import type { TravelMode } from '../../../shared/domain';
import { pairKey, type CachedLeg, type TravelCacheStore } from './cache-store';

/** An in-memory `TravelCacheStore` that forgets the least recently used legs beyond `maxEntries`. */
export interface MemoryTravelCache extends TravelCacheStore {
  /** Legs held now. */
  readonly size: number;
}

/** Default bound: about 100 MB of legs. */
export const DEFAULT_MAX_CACHE_ENTRIES = 1_000_000;

export function memoryTravelCache(maxEntries = DEFAULT_MAX_CACHE_ENTRIES): MemoryTravelCache {
  // A Map iterates in insertion order; re-inserting on use makes its first key the least recent.
  const legs = new Map<string, CachedLeg>();
  const key = (provider: string, mode: TravelMode, pair: string): string => `${provider}\u0000${mode}\u0000${pair}`;
  return {
    get size() {
      return legs.size;
    },
    getMany(provider, mode, pairs) {
      const found = new Map<string, CachedLeg>();
      for (const pair of pairs) {
        const pk = pairKey(pair.fromKey, pair.toKey);
        const k = key(provider, mode, pk);
        const leg = legs.get(k);
        if (!leg) continue;
        legs.delete(k);
        legs.set(k, leg);
        found.set(pk, leg);
      }
      return found;
    },
    putMany(provider, mode, entries) {
      for (const e of entries) {
        const k = key(provider, mode, pairKey(e.fromKey, e.toKey));
        legs.delete(k);
        legs.set(k, { durationSec: e.durationSec, distanceM: e.distanceM });
      }
      while (legs.size > maxEntries) legs.delete(legs.keys().next().value as string);
    },
  };
}
