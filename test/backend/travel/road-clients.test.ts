import { afterEach, describe, expect, it } from 'vitest';
import type { LatLng } from '../../../shared/domain';
import { AppError } from '../../../shared/api/errors';
import { RoadServerError, UNROUTABLE_M, UNROUTABLE_SEC, type RoadEngine } from '../../../electron/backend/travel/road-engine';
import { ROAD_ENGINES } from '../../../electron/backend/travel/road-engines';
import type { RoadClientConfig } from '../../../electron/backend/travel/road-http';
import { roadProvider } from '../../../electron/backend/travel/road-provider';
import { closedPortUrl, fakeLeg, startFakeServer, type FakeServer } from './fake-road-servers';

// The three engines' table clients against local servers answering in each engine's documented format.

/** Six places across Shanghai (synthetic, WGS-84). */
const POINTS: LatLng[] = [
  { lat: 31.2304, lng: 121.4737 },
  { lat: 31.2397, lng: 121.4998 },
  { lat: 31.1951, lng: 121.4365 },
  { lat: 31.2587, lng: 121.4605 },
  { lat: 31.2155, lng: 121.5449 },
  { lat: 31.1834, lng: 121.4951 },
];

let servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
const start = async (...args: Parameters<typeof startFakeServer>) => {
  const server = await startFakeServer(...args);
  servers.push(server);
  return server;
};

const config = (baseUrl: string, patch: Partial<RoadClientConfig> = {}): RoadClientConfig => ({
  baseUrl,
  apiKey: '',
  maxLocations: 100,
  concurrency: 4,
  timeoutMs: 2000,
  retries: 3,
  backoffMs: 5,
  ...patch,
});

/** Every cell equals the fake network's leg, to the second and the metre. */
function expectFakeLegs(
  table: { rows: number; cols: number; durationSec: Int32Array; distanceM: Int32Array },
  from: LatLng[],
  to: LatLng[],
) {
  for (let i = 0; i < from.length; i++) {
    for (let j = 0; j < to.length; j++) {
      const leg = fakeLeg(from[i], to[j])!;
      expect(Math.abs(table.durationSec[i * to.length + j] - leg.sec)).toBeLessThanOrEqual(1);
      expect(Math.abs(table.distanceM[i * to.length + j] - leg.m)).toBeLessThanOrEqual(1);
    }
  }
}

const failure = async (promise: Promise<unknown>): Promise<RoadServerError> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RoadServerError);
  return error as RoadServerError;
};

describe.each(['osrm', 'valhalla', 'graphhopper'] as const)('the %s client', (kind) => {
  const engine: RoadEngine = ROAD_ENGINES[kind];

  it('reads a table in the engine format, asking in blocks of at most maxLocations a side', async () => {
    const server = await start(kind);
    const provider = roadProvider(engine, config(server.url, { maxLocations: 2 }));
    const progress: number[] = [];
    const table = await provider.table!(POINTS, POINTS.slice(0, 3), 'driving', { onProgress: (f) => progress.push(f) });
    expectFakeLegs(table, POINTS, POINTS.slice(0, 3));
    // 6 origins in 3 blocks by 3 destinations in 2 blocks: 6 requests, none over 2 × 2.
    expect(server.requests).toHaveLength(6);
    expect(server.requests.every((r) => r.sources <= 2 && r.destinations <= 2)).toBe(true);
    expect(server.requests.map((r) => r.sources * r.destinations).reduce((a, b) => a + b)).toBe(18);
    expect(server.requests.every((r) => r.profile === engine.profiles.driving)).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('asks again in smaller blocks when the server answers with its size-limit error', async () => {
    // OSRM: 3 × 3 pairs at most; Valhalla: 9 location pairs; GraphHopper: 3 points a side.
    const server = await start(kind, { limit: kind === 'valhalla' ? 9 : 3 });
    const provider = roadProvider(engine, config(server.url, { maxLocations: 10, concurrency: 1 }));
    const table = await provider.table!(POINTS, POINTS, 'driving');
    expectFakeLegs(table, POINTS, POINTS);
    // The first 6 × 6 request is refused; the table is then asked as four 3 × 3 blocks.
    expect(server.requests.map((r) => `${r.sources}x${r.destinations}`)).toEqual(['6x6', '3x3', '3x3', '3x3', '3x3']);
  });

  it('retries a 503 with backoff and then reads the answer', async () => {
    const server = await start(kind, { failFirst: 2 });
    const table = await roadProvider(engine, config(server.url)).table!(POINTS.slice(0, 2), POINTS.slice(0, 2), 'driving');
    expectFakeLegs(table, POINTS.slice(0, 2), POINTS.slice(0, 2));
    expect(server.hits).toBe(3);
  });

  it('gives a pair without a route the unroutable leg, so no plan uses it', async () => {
    const server = await start(kind);
    const island = { lat: 40.5, lng: 121.5 };
    const table = await roadProvider(engine, config(server.url)).table!([POINTS[0], island], [POINTS[1]], 'driving');
    expect([...table.durationSec]).toEqual([expect.any(Number), UNROUTABLE_SEC]);
    expect(table.durationSec[0]).toBeLessThan(UNROUTABLE_SEC);
    expect(table.distanceM[1]).toBe(UNROUTABLE_M);
  });
});

describe('road clients', () => {
  it('keep at most `concurrency` requests in flight', async () => {
    const server = await startFakeServer('osrm', { delayMs: 40 });
    servers.push(server);
    await roadProvider(ROAD_ENGINES.osrm, config(server.url, { maxLocations: 1, concurrency: 2 })).table!(
      POINTS.slice(0, 3),
      POINTS.slice(0, 3),
      'driving',
    );
    expect(server.requests).toHaveLength(9);
    expect(server.maxInFlight).toBe(2);
  });

  it('give up a request that does not answer within the timeout, after the retries', async () => {
    const server = await start('osrm', { hang: true });
    const provider = roadProvider(ROAD_ENGINES.osrm, config(server.url, { timeoutMs: 150, retries: 1 }));
    const error = await failure(provider.table!(POINTS.slice(0, 2), POINTS.slice(0, 2), 'driving'));
    expect(error.kind).toBe('timeout');
    expect(server.requests).toHaveLength(2);
  });

  it('stop with `cancelled` when the signal fires while waiting for a server', async () => {
    const server = await start('valhalla', { hang: true });
    const controller = new AbortController();
    const asked = roadProvider(ROAD_ENGINES.valhalla, config(server.url, { timeoutMs: 10_000 })).table!(POINTS, POINTS, 'driving', {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    const startedMs = Date.now();
    await expect(asked).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === 'cancelled');
    expect(Date.now() - startedMs).toBeLessThan(2000);
  });

  it('say a server that cannot be reached is unreachable, naming the cause', async () => {
    const url = await closedPortUrl();
    const error = await failure(roadProvider(ROAD_ENGINES.osrm, config(url, { retries: 1 })).table!(POINTS, POINTS, 'driving'));
    expect(error.kind).toBe('unreachable');
    expect(error.detail).toBe('ECONNREFUSED');
  });

  it('pass OSRM its refusal through, without retrying it', async () => {
    const server = await start('osrm');
    // An out-of-range coordinate: the fake answers as OSRM does for a malformed URL part.
    const engine: RoadEngine = { ...ROAD_ENGINES.osrm, request: (base) => ({ method: 'GET', url: `${base}/nearest/v1/car/1,2` }) };
    const error = await failure(roadProvider(engine, config(server.url)).table!(POINTS, POINTS, 'driving'));
    expect(error.kind).toBe('refused');
    expect(error.detail).toMatch(/^InvalidUrl: URL string malformed/);
    expect(server.hits).toBe(1);
  });

  it('send GraphHopper its key, and pass its refusal of a wrong key through', async () => {
    const server = await start('graphhopper', { apiKey: 'synthetic-key' });
    const ok = await roadProvider(ROAD_ENGINES.graphhopper, config(server.url, { apiKey: 'synthetic-key' })).table!(
      POINTS.slice(0, 2),
      POINTS.slice(0, 2),
      'cycling',
    );
    expectFakeLegs(ok, POINTS.slice(0, 2), POINTS.slice(0, 2));
    expect(server.requests[0].profile).toBe('bike');
    expect(server.requests[0].body).toMatchObject({ out_arrays: ['times', 'distances'], fail_fast: false });
    const error = await failure(
      roadProvider(ROAD_ENGINES.graphhopper, config(server.url, { apiKey: 'wrong' })).table!(POINTS, POINTS, 'driving'),
    );
    expect(error).toMatchObject({ kind: 'refused', status: 401, detail: 'Wrong credentials. Register and get a valid API key.' });
    expect(server.hits).toBe(2);
  });

  it('map travel modes to each engine profile, and ask the straight-line model for transit', async () => {
    const server = await start('valhalla');
    const provider = roadProvider(ROAD_ENGINES.valhalla, config(server.url));
    const matrix = await provider.matrix(POINTS.slice(0, 3), ['scooter', 'walking', 'transit']);
    expect(server.requests.map((r) => r.profile)).toEqual(['motor_scooter', 'pedestrian']);
    expect(matrix.durationSec.transit![1]).toBeGreaterThan(0);
    // The matrix's one distance table is the first mode's road distance.
    expect(Math.abs(matrix.distanceM[1] - fakeLeg(POINTS[0], POINTS[1])!.m)).toBeLessThanOrEqual(1);
    expect(matrix.distanceM[0]).toBe(0);
  });
});
