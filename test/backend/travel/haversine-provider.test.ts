import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import type { LatLng } from '../../../shared/domain';
import { DEFAULT_SPEEDS, haversineM, haversineProvider } from '../../../electron/backend/travel';

const A = { lat: 31.0, lng: 121.0 };
const B = { lat: 31.01, lng: 121.0 };
// 0.01° of latitude on a 6 371 km sphere: 6 371 000 × 0.01 × π / 180 = 1111.949 m.
const AB_M = 1111.949266;

describe('haversineM', () => {
  it('measures 0.01° of latitude as 1111.95 m', () => {
    expect(haversineM(A, B)).toBeCloseTo(AB_M, 3);
  });

  it('agrees with the spherical law of cosines over long distances', () => {
    const shanghai = { lat: 31.2304, lng: 121.4737 };
    const beijing = { lat: 39.9042, lng: 116.4074 };
    const r = Math.PI / 180;
    const cosines =
      6_371_000 *
      Math.acos(
        Math.sin(shanghai.lat * r) * Math.sin(beijing.lat * r) +
          Math.cos(shanghai.lat * r) * Math.cos(beijing.lat * r) * Math.cos((beijing.lng - shanghai.lng) * r),
      );
    expect(haversineM(shanghai, beijing)).toBeCloseTo(cosines, 0);
    expect(haversineM(shanghai, beijing)).toBeGreaterThan(1_060_000);
  });
});

describe('haversineProvider', () => {
  it('builds its tables in shared memory, so planner worker threads read them without a copy', async () => {
    const matrix = await haversineProvider().matrix([A, B], ['driving', 'walking']);
    expect(matrix.distanceM.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(matrix.durationSec.driving!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(matrix.durationSec.walking!.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('applies circuity, speed and per-leg overhead per mode', async () => {
    const m = await haversineProvider().matrix([A, B], ['driving', 'scooter', 'cycling', 'walking', 'transit']);
    // Road distance: 1111.95 × 1.35 = 1501.1 m (driving circuity for the shared distance).
    expect(m.distanceM[1]).toBe(1501);
    // driving: 1111.95 × 1.35 / (24 / 3.6) = 225.2 s + 180 s parking = 405 s
    expect(m.durationSec.driving![1]).toBe(405);
    // scooter: 1111.95 × 1.35 / (20 / 3.6) = 270.2 s + 90 s = 360 s
    expect(m.durationSec.scooter![1]).toBe(360);
    // cycling: 1111.95 × 1.25 / (13 / 3.6) = 384.9 s + 60 s = 445 s
    expect(m.durationSec.cycling![1]).toBe(445);
    // walking: 1111.95 × 1.25 / (4.5 / 3.6) = 1111.9 s, no overhead
    expect(m.durationSec.walking![1]).toBe(1112);
    // transit: 1111.95 × 1.4 / (16 / 3.6) = 350.3 s + 300 s waiting = 650 s
    expect(m.durationSec.transit![1]).toBe(650);
  });

  it('is zero on the diagonal and between identical points, and symmetric', async () => {
    const points = [A, B, { ...A }, { lat: 31.02, lng: 121.03 }];
    const m = await haversineProvider().matrix(points, ['driving']);
    const d = m.durationSec.driving!;
    for (let i = 0; i < 4; i++) expect(d[i * 4 + i]).toBe(0);
    expect([d[0 * 4 + 2], m.distanceM[2 * 4 + 0]]).toEqual([0, 0]);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(d[i * 4 + j]).toBe(d[j * 4 + i]);
    expect(d[1 * 4 + 3]).toBeGreaterThan(180);
  });

  it('matches its own table for any origins and destinations', async () => {
    const points = [A, B, { lat: 31.05, lng: 121.2 }];
    const provider = haversineProvider();
    const m = await provider.matrix(points, ['cycling']);
    const t = await provider.table!([points[2]], points, 'cycling');
    expect(Array.from(t.durationSec)).toEqual(Array.from(m.durationSec.cycling!.subarray(6, 9)));
    expect(Array.from(t.distanceM)).toEqual(Array.from(m.distanceM.subarray(6, 9)));
  });

  it('publishes its assumptions', () => {
    expect(DEFAULT_SPEEDS.driving).toEqual({ speedKmh: 24, circuity: 1.35, legOverheadSec: 180 });
    expect(DEFAULT_SPEEDS.walking.legOverheadSec).toBe(0);
  });

  it('reports progress up to 1 and stops when aborted', async () => {
    const points = grid(300);
    const seen: number[] = [];
    await haversineProvider().matrix(points, ['driving'], { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const controller = new AbortController();
    const run = haversineProvider().matrix(points, ['driving'], {
      signal: controller.signal,
      onProgress: (f) => f > 0.2 && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(AppError);
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('computes a 5,000-point matrix', async () => {
    const points = grid(5000);
    const m = await haversineProvider().matrix(points, ['scooter']);
    expect(m.size).toBe(5000);
    expect(m.durationSec.scooter![4999]).toBeGreaterThan(0);
  });
});

/** Points on a synthetic grid around a city centre, about 100 m apart. */
function grid(n: number): LatLng[] {
  const side = Math.ceil(Math.sqrt(n));
  return Array.from({ length: n }, (_, i) => ({ lat: 31.2 + Math.floor(i / side) * 0.001, lng: 121.4 + (i % side) * 0.001 }));
}
