import { afterEach, describe, expect, it } from 'vitest';
import type { LatLng, TravelSource } from '../../../shared/domain';
import { haversineProvider } from '../../../electron/backend/travel/haversine-provider';
import { memoryTravelCache } from '../../../electron/backend/travel/memory-cache';
import { routerProvider } from '../../../electron/backend/travel/router-provider';
import { closedPortUrl, fakeLeg, startFakeServer, type FakeServer } from './fake-road-servers';

const POINTS: LatLng[] = [
  { lat: 31.2304, lng: 121.4737 },
  { lat: 31.2397, lng: 121.4998 },
  { lat: 31.1951, lng: 121.4365 },
  { lat: 31.2587, lng: 121.4605 },
];

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const settings = (url: string, allowFallback = false) => ({ router: 'osrm' as const, url, apiKey: '', allowFallback });

describe('the router provider', () => {
  it('asks a table only for the origins whose legs the cache lacks, and says where the times came from', async () => {
    server = await startFakeServer('osrm');
    const cache = memoryTravelCache();
    const router = routerProvider(settings(server.url), { cache });
    const sources: TravelSource[] = [];
    await router.table!(POINTS.slice(0, 2), POINTS, 'driving', { onSource: (s) => sources.push(s) });
    expect(server.requests.map((r) => `${r.sources}x${r.destinations}`)).toEqual(['2x4']);
    // Two origins cached, two new: only the new ones are asked for.
    const table = await router.table!(POINTS, POINTS, 'driving');
    expect(server.requests.map((r) => `${r.sources}x${r.destinations}`)).toEqual(['2x4', '2x4']);
    expect(Math.abs(table.durationSec[1] - fakeLeg(POINTS[0], POINTS[1])!.sec)).toBeLessThanOrEqual(1);
    await router.table!(POINTS, POINTS.slice(1), 'driving');
    expect(server.hits).toBe(2);
    expect(sources).toEqual([{ router: 'osrm', url: server.url, fellBack: false, reason: null }]);
  });

  it('answers a plan check at once from cached road legs, and from straight-line estimates for legs it lacks', async () => {
    server = await startFakeServer('osrm');
    const cache = memoryTravelCache();
    const router = routerProvider(settings(server.url), { cache });
    await router.matrix(POINTS.slice(0, 3), ['scooter']);
    const now = router.matrixNow!(POINTS, ['scooter']);
    // 0 → 1 was asked for (the car's distance is the matrix's); 0 → 3 was not: the straight-line estimate stands in.
    expect(Math.abs(now.distanceM[1] - fakeLeg(POINTS[0], POINTS[1])!.m)).toBeLessThanOrEqual(1);
    const straight = haversineProvider().matrixNow!(POINTS, ['scooter']);
    expect(now.durationSec.scooter![3]).toBe(straight.durationSec.scooter![3]);
    expect(now.durationSec.scooter![1]).not.toBe(straight.durationSec.scooter![1]);
  });

  it('stands the straight-line model in for an unreachable server only when allowed, and says why', async () => {
    const url = await closedPortUrl();
    const cache = memoryTravelCache();
    await expect(routerProvider(settings(url), { cache, client: { retries: 0 } }).matrix(POINTS, ['driving'])).rejects.toThrow(
      `The road server OSRM at ${url} could not be reached (ECONNREFUSED). Planning stopped`,
    );
    const sources: TravelSource[] = [];
    const matrix = await routerProvider(settings(url, true), { cache, client: { retries: 0 } }).matrix(POINTS, ['driving'], {
      onSource: (s) => sources.push(s),
    });
    expect([...matrix.durationSec.driving!]).toEqual([...haversineProvider().matrixNow!(POINTS, ['driving']).durationSec.driving!]);
    expect(sources).toEqual([
      { router: 'osrm', url, fellBack: true, reason: expect.objectContaining({ en: expect.stringContaining('ECONNREFUSED') }) },
    ]);
    // Nothing from the stand-in is cached as road legs.
    expect(cache.size).toBe(0);
  });
});
