import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createTravelCacheRepo } from '../../../../electron/backend/db/repos/travel-cache-repo';
import { pairKey as travelPairKey } from '../../../../electron/backend/travel/cache-store';
import { cachedProvider } from '../../../../electron/backend/travel/cached-provider';
import { haversineProvider } from '../../../../electron/backend/travel/haversine-provider';
import type { TravelProvider } from '../../../../electron/backend/travel/provider';

describe('travel cache repo', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('returns hits by pair key, per provider and mode, and omits misses', () => {
    const repo = createTravelCacheRepo(db);
    repo.putMany('osrm', 'driving', [
      { fromKey: 'a', toKey: 'b', durationSec: 600, distanceM: 5000 },
      { fromKey: 'b', toKey: 'a', durationSec: 660, distanceM: 5100 },
    ]);
    repo.putMany('osrm', 'cycling', [{ fromKey: 'a', toKey: 'b', durationSec: 3600, distanceM: 4800 }]);
    const found = repo.getMany('osrm', 'driving', [
      { fromKey: 'a', toKey: 'b' },
      { fromKey: 'b', toKey: 'a' },
      { fromKey: 'a', toKey: 'c' },
    ]);
    expect(found).toEqual(
      new Map([
        [travelPairKey('a', 'b'), { durationSec: 600, distanceM: 5000 }],
        [travelPairKey('b', 'a'), { durationSec: 660, distanceM: 5100 }],
      ]),
    );
    expect(repo.getMany('haversine', 'driving', [{ fromKey: 'a', toKey: 'b' }]).size).toBe(0);
  });

  it('refreshes an existing leg and writes nothing when one entry is invalid', () => {
    const repo = createTravelCacheRepo(db);
    repo.putMany('osrm', 'driving', [{ fromKey: 'a', toKey: 'b', durationSec: 600, distanceM: 5000 }]);
    repo.putMany('osrm', 'driving', [{ fromKey: 'a', toKey: 'b', durationSec: 700, distanceM: 5000 }]);
    expect(() =>
      repo.putMany('osrm', 'driving', [
        { fromKey: 'c', toKey: 'd', durationSec: 1, distanceM: 1 },
        { fromKey: 'd', toKey: 'c', durationSec: -1, distanceM: 1 },
      ]),
    ).toThrow(/CHECK/);
    const found = repo.getMany('osrm', 'driving', [
      { fromKey: 'a', toKey: 'b' },
      { fromKey: 'c', toKey: 'd' },
    ]);
    expect([...found.values()]).toEqual([{ durationSec: 700, distanceM: 5000 }]);
  });

  it('serves as the persistent store of the cached provider: a second planning asks the provider nothing', async () => {
    const inner = haversineProvider();
    let asked = 0;
    const counting: TravelProvider = {
      name: inner.name,
      matrix: (points, modes, options) => {
        asked += 1;
        return inner.matrix(points, modes, options);
      },
      table: inner.table
        ? (...args) => {
            asked += 1;
            return inner.table!(...args);
          }
        : undefined,
    };
    const points = [
      { lat: 31.23, lng: 121.47 },
      { lat: 31.2, lng: 121.44 },
      { lat: 31.3, lng: 121.51 },
    ];
    const first = await cachedProvider(counting, createTravelCacheRepo(db)).matrix(points, ['scooter']);
    const callsAfterFirst = asked;
    expect(callsAfterFirst).toBeGreaterThan(0);
    const again = await cachedProvider(counting, createTravelCacheRepo(db)).matrix(points, ['scooter']);
    expect(asked).toBe(callsAfterFirst);
    expect(again.durationSec.scooter).toEqual(first.durationSec.scooter);
    expect(again.distanceM).toEqual(first.distanceM);
    expect((db.prepare('SELECT COUNT(*) AS n FROM travel_cache').get() as { n: number }).n).toBeGreaterThanOrEqual(6);
  });
});
