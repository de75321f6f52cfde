import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createTravelCacheRepo, travelPairKey } from '../../../../electron/backend/db/repos/travel-cache-repo';

describe('travel cache repo', () => {
  let db: Db;
  beforeEach(() => { db = openDatabase(':memory:'); });
  afterEach(() => db.close());

  it('returns hits by pair key, per provider and mode, and omits misses', () => {
    const repo = createTravelCacheRepo(db);
    repo.putMany('osrm', 'driving', [
      { fromKey: 'a', toKey: 'b', durationSec: 600, distanceM: 5000 },
      { fromKey: 'b', toKey: 'a', durationSec: 660, distanceM: 5100 },
    ]);
    repo.putMany('osrm', 'walking', [{ fromKey: 'a', toKey: 'b', durationSec: 3600, distanceM: 4800 }]);
    const found = repo.getMany('osrm', 'driving', [
      { fromKey: 'a', toKey: 'b' }, { fromKey: 'b', toKey: 'a' }, { fromKey: 'a', toKey: 'c' },
    ]);
    expect(found).toEqual(new Map([
      [travelPairKey('a', 'b'), { durationSec: 600, distanceM: 5000 }],
      [travelPairKey('b', 'a'), { durationSec: 660, distanceM: 5100 }],
    ]));
    expect(repo.getMany('haversine', 'driving', [{ fromKey: 'a', toKey: 'b' }]).size).toBe(0);
  });

  it('refreshes an existing leg and writes nothing when one entry is invalid', () => {
    const repo = createTravelCacheRepo(db);
    repo.putMany('osrm', 'driving', [{ fromKey: 'a', toKey: 'b', durationSec: 600, distanceM: 5000 }]);
    repo.putMany('osrm', 'driving', [{ fromKey: 'a', toKey: 'b', durationSec: 700, distanceM: 5000 }]);
    expect(() => repo.putMany('osrm', 'driving', [
      { fromKey: 'c', toKey: 'd', durationSec: 1, distanceM: 1 },
      { fromKey: 'd', toKey: 'c', durationSec: -1, distanceM: 1 },
    ])).toThrow(/CHECK/);
    const found = repo.getMany('osrm', 'driving', [{ fromKey: 'a', toKey: 'b' }, { fromKey: 'c', toKey: 'd' }]);
    expect([...found.values()]).toEqual([{ durationSec: 700, distanceM: 5000 }]);
  });

  it('keeps keys that contain separators apart', () => {
    expect(travelPairKey('a|b', 'c')).not.toBe(travelPairKey('a', 'b|c'));
  });
});
