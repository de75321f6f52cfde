import { describe, expect, it } from 'vitest';
import type { LatLng, TravelMode } from '../../../shared/domain';
import {
  cachedProvider,
  haversineProvider,
  memoryTravelCache,
  pairKey,
  pointKey,
  type TravelProvider,
} from '../../../electron/backend/travel';

/** Wraps the haversine provider and records what the cache asked of it. */
function countingProvider(withTable: boolean) {
  const real = haversineProvider();
  const calls: { kind: 'matrix' | 'table'; rows: number; cols: number; modes: TravelMode[] }[] = [];
  const provider: TravelProvider = {
    name: 'counting',
    matrix(points, modes, options) {
      calls.push({ kind: 'matrix', rows: points.length, cols: points.length, modes });
      return real.matrix(points, modes, options);
    },
    ...(withTable && {
      table(origins: LatLng[], destinations: LatLng[], mode: TravelMode) {
        calls.push({ kind: 'table', rows: origins.length, cols: destinations.length, modes: [mode] });
        return real.table!(origins, destinations, mode);
      },
    }),
  };
  return { provider, calls };
}

const points = Array.from({ length: 12 }, (_, i) => ({ lat: 31.2 + i * 0.003, lng: 121.4 + ((i * 7) % 5) * 0.004 }));

describe('cachedProvider', () => {
  it('gives the inner provider’s numbers and serves repeats from the cache', async () => {
    const { provider, calls } = countingProvider(true);
    const cached = cachedProvider(provider, memoryTravelCache());
    const direct = await haversineProvider().matrix(points, ['driving']);
    const first = await cached.matrix(points, ['driving']);
    expect(first).toEqual(direct);
    // Cold cache: one full matrix.
    expect(calls).toEqual([{ kind: 'matrix', rows: 12, cols: 12, modes: ['driving'] }]);
    const again = await cached.matrix([...points].reverse(), ['driving']);
    expect(calls).toHaveLength(1);
    expect(again).toEqual(await haversineProvider().matrix([...points].reverse(), ['driving']));
  });

  it('asks only for the legs of a new point', async () => {
    const { provider, calls } = countingProvider(true);
    const cached = cachedProvider(provider, memoryTravelCache());
    await cached.matrix(points, ['walking']);
    calls.length = 0;
    const more = [...points, { lat: 31.25, lng: 121.45 }];
    const result = await cached.matrix(more, ['walking']);
    // From the new point to all 13, and from all 13 to it.
    expect(calls).toEqual([
      { kind: 'table', rows: 1, cols: 13, modes: ['walking'] },
      { kind: 'table', rows: 13, cols: 1, modes: ['walking'] },
    ]);
    expect(result).toEqual(await haversineProvider().matrix(more, ['walking']));
  });

  it('keeps modes apart and falls back to a full matrix without tables', async () => {
    const { provider, calls } = countingProvider(false);
    const cached = cachedProvider(provider, memoryTravelCache());
    await cached.matrix(points, ['driving']);
    await cached.matrix(points, ['driving', 'walking']);
    expect(calls.map((c) => c.modes)).toEqual([['driving'], ['walking']]);
    await cached.matrix([...points, { lat: 31.3, lng: 121.5 }], ['driving']);
    expect(calls.at(-1)).toEqual({ kind: 'matrix', rows: 13, cols: 13, modes: ['driving'] });
  });

  it('treats points with the same key as one place', async () => {
    const { provider } = countingProvider(true);
    const same = [
      { lat: 31.230401, lng: 121.473699 },
      { lat: 31.230399, lng: 121.473701 },
      { lat: 31.24, lng: 121.48 },
    ];
    const m = await cachedProvider(provider, memoryTravelCache()).matrix(same, ['driving']);
    expect([m.durationSec.driving![1], m.distanceM[3]]).toEqual([0, 0]);
    expect(m.durationSec.driving![2]).toBe(m.durationSec.driving![5]);
  });
});

describe('memoryTravelCache', () => {
  it('hands out its matrices in shared memory, as the inner provider does', async () => {
    const cached = cachedProvider(haversineProvider(), memoryTravelCache());
    const points = [
      { lat: 31, lng: 121 },
      { lat: 31.01, lng: 121 },
      { lat: 31, lng: 121 },
    ];
    const matrix = await cached.matrix(points, ['driving']);
    expect(matrix.distanceM.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(matrix.durationSec.driving!.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('keys points to 5 decimals', () => {
    expect(pointKey({ lat: 31.2304, lng: 121.4737 })).toBe('31.23040,121.47370');
  });

  it('forgets the least recently used legs beyond its bound', () => {
    const cache = memoryTravelCache(3);
    const leg = (from: string) => ({ fromKey: from, toKey: 'x', durationSec: 1, distanceM: 2 });
    cache.putMany('p', 'driving', [leg('a'), leg('b'), leg('c')]);
    cache.getMany('p', 'driving', [{ fromKey: 'a', toKey: 'x' }]);
    cache.putMany('p', 'driving', [leg('d')]);
    expect(cache.size).toBe(3);
    const found = cache.getMany(
      'p',
      'driving',
      ['a', 'b', 'c', 'd'].map((f) => ({ fromKey: f, toKey: 'x' })),
    );
    expect([...found.keys()].sort()).toEqual([pairKey('a', 'x'), pairKey('c', 'x'), pairKey('d', 'x')]);
    expect(cache.getMany('p', 'walking', [{ fromKey: 'a', toKey: 'x' }]).size).toBe(0);
  });
});
