import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { TravelMode } from '../../../../shared/domain';
import { pairKey, type CachedLeg, type PairKey, type TravelCacheStore } from '../../travel/cache-store';

type TravelPair = PairKey;
type TravelLeg = CachedLeg;
type TravelCacheEntry = PairKey & CachedLeg;

export type TravelCacheRepo = ReturnType<typeof createTravelCacheRepo>;

/** Cached provider answers ↔ `travel_cache`: the persistent store behind `cachedProvider`. */
export function createTravelCacheRepo(db: Db): TravelCacheStore {
  const select = db.prepare(
    `SELECT duration_sec AS durationSec, distance_m AS distanceM FROM travel_cache
       WHERE provider = ? AND mode = ? AND from_key = ? AND to_key = ?`,
  );
  const upsert = db.prepare(
    `INSERT INTO travel_cache (provider, mode, from_key, to_key, duration_sec, distance_m)
       VALUES (@provider, @mode, @fromKey, @toKey, @durationSec, @distanceM)
     ON CONFLICT (provider, mode, from_key, to_key)
       DO UPDATE SET duration_sec = excluded.duration_sec, distance_m = excluded.distance_m`,
  );

  // A read transaction takes the lock once for thousands of lookups instead of once per lookup.
  const readAll = db.transaction((provider: string, mode: string, pairs: readonly TravelPair[]) => {
    const found = new Map<string, TravelLeg>();
    for (const { fromKey, toKey } of pairs) {
      const leg = select.get(provider, mode, fromKey, toKey) as TravelLeg | undefined;
      if (leg) found.set(pairKey(fromKey, toKey), leg);
    }
    return found;
  });
  const writeAll = db.transaction((provider: string, mode: string, entries: readonly TravelCacheEntry[]) => {
    for (const e of entries) {
      upsert.run({ provider, mode, fromKey: e.fromKey, toKey: e.toKey, durationSec: e.durationSec, distanceM: e.distanceM });
    }
  });

  return {
    /** Cached legs among `pairs`, keyed by `pairKey(fromKey, toKey)`; misses are absent. */
    getMany(provider: string, mode: string, pairs: readonly TravelPair[]): Map<string, TravelLeg> {
      return readAll(provider, mode, pairs);
    },
    /** Stores or refreshes legs, all or nothing. */
    putMany(provider: string, mode: TravelMode, entries: readonly TravelCacheEntry[]): void {
      writeAll(provider, mode, entries);
    },
  };
}
