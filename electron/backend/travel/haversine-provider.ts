import type { LatLng, TravelMatrix, TravelMode } from '../../../shared/domain';
import { throwIfAborted, yieldToEventLoop } from './abort';
import type { TravelOptions, TravelProvider, TravelTable } from './provider';
import { sharedTable } from './shared-table';

/** How fast a mode moves through a city and what each leg costs on top. */
export interface ModeSpeed {
  /** Average door-to-door speed along roads, km/h (urban traffic, lights, one-way streets). */
  speedKmh: number;
  /** Road distance ÷ straight-line distance: streets are never straight. */
  circuity: number;
  /** Fixed seconds per leg between different points: parking, walking to the door, waiting for a ride. */
  legOverheadSec: number;
}

/**
 * The documented default: duration = great-circle distance × circuity ÷ speed + leg overhead;
 * 0 between identical points.
 *
 * | mode     | km/h | circuity | overhead |
 * |----------|------|----------|----------|
 * | driving  | 24   | 1.35     | 180 s    |
 * | scooter  | 20   | 1.35     | 90 s     |
 * | cycling  | 13   | 1.25     | 60 s     |
 * | walking  | 4.5  | 1.25     | 0 s      |
 * | transit  | 16   | 1.4      | 300 s    |
 *
 * The matrix has one distance for all modes: great-circle × the driving circuity (1.35), the
 * usual road-distance estimate. Durations use each mode's own circuity.
 */
export const DEFAULT_SPEEDS: Readonly<Record<TravelMode, Readonly<ModeSpeed>>> = {
  driving: { speedKmh: 24, circuity: 1.35, legOverheadSec: 180 },
  scooter: { speedKmh: 20, circuity: 1.35, legOverheadSec: 90 },
  cycling: { speedKmh: 13, circuity: 1.25, legOverheadSec: 60 },
  walking: { speedKmh: 4.5, circuity: 1.25, legOverheadSec: 0 },
  transit: { speedKmh: 16, circuity: 1.4, legOverheadSec: 300 },
};

/** Mean Earth radius, metres. */
export const EARTH_RADIUS_M = 6_371_000;

/** Points closer than this (straight line, metres) count as the same place: no travel, no overhead. */
const SAME_POINT_M = 0.5;

/** Rows computed between yields to the event loop. */
const ROWS_PER_SLICE = 64;

/** Great-circle (haversine) distance in metres. */
export function haversineM(a: LatLng, b: LatLng): number {
  const toRad = Math.PI / 180;
  const s1 = Math.sin(((b.lat - a.lat) * toRad) / 2);
  const s2 = Math.sin(((b.lng - a.lng) * toRad) / 2);
  const h = s1 * s1 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * s2 * s2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** Points as radians and cosines, computed once per point instead of once per pair. */
interface Prepared {
  lat: Float64Array;
  lng: Float64Array;
  cosLat: Float64Array;
}

function prepare(points: LatLng[]): Prepared {
  const toRad = Math.PI / 180;
  const lat = Float64Array.from(points, (p) => p.lat * toRad);
  const lng = Float64Array.from(points, (p) => p.lng * toRad);
  return { lat, lng, cosLat: lat.map(Math.cos) };
}

/** Great-circle metres between point `i` of `a` and point `j` of `b` (the haversine formula on prepared points). */
function preparedM(a: Prepared, i: number, b: Prepared, j: number): number {
  const s1 = Math.sin((b.lat[j] - a.lat[i]) / 2);
  const s2 = Math.sin((b.lng[j] - a.lng[i]) / 2);
  const h = s1 * s1 + a.cosLat[i] * b.cosLat[j] * s2 * s2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h > 1 ? 1 : h));
}

/** Per-mode factors: seconds per straight-line metre and overhead. */
function factors(speeds: Readonly<Record<TravelMode, Readonly<ModeSpeed>>>, modes: TravelMode[]): { secPerM: number; overhead: number }[] {
  return modes.map((m) => ({ secPerM: speeds[m].circuity / (speeds[m].speedKmh / 3.6), overhead: speeds[m].legOverheadSec }));
}

/** A matrix over `points` filled a band of rows at a time (both triangles: travel is symmetric). */
function matrixFiller(points: LatLng[], modes: TravelMode[], speeds: Readonly<Record<TravelMode, Readonly<ModeSpeed>>>) {
  const n = points.length;
  const p = prepare(points);
  const f = factors(speeds, modes);
  const distanceFactor = speeds.driving.circuity;
  const distanceM = sharedTable(n * n);
  const durations = modes.map(() => sharedTable(n * n));
  const durationSec: TravelMatrix['durationSec'] = {};
  modes.forEach((mode, k) => (durationSec[mode] = durations[k]));
  return {
    matrix: { size: n, distanceM, durationSec } satisfies TravelMatrix,
    rows(from: number, to: number): void {
      for (let i = from; i < to; i++) {
        for (let j = i + 1; j < n; j++) {
          const m = preparedM(p, i, p, j);
          if (m < SAME_POINT_M) continue; // typed arrays start at 0
          const ij = i * n + j;
          const ji = j * n + i;
          distanceM[ij] = distanceM[ji] = Math.round(m * distanceFactor);
          for (let k = 0; k < f.length; k++) durations[k][ij] = durations[k][ji] = Math.round(m * f[k].secPerM) + f[k].overhead;
        }
      }
    },
  };
}

/** Options for `haversineProvider`; give another `name` with other speeds so caches do not mix them. */
export interface HaversineOptions {
  speeds?: Readonly<Record<TravelMode, Readonly<ModeSpeed>>>;
  name?: string;
}

/** The default travel provider: straight-line estimates, no network, about 1 s for 5,000 points. */
export function haversineProvider(options: HaversineOptions = {}): TravelProvider {
  const speeds = options.speeds ?? DEFAULT_SPEEDS;
  const distanceFactor = speeds.driving.circuity;
  return {
    name: options.name ?? 'haversine@1',

    async matrix(points: LatLng[], modes: TravelMode[], opts: TravelOptions = {}): Promise<TravelMatrix> {
      const fill = matrixFiller(points, modes, speeds);
      const n = points.length;
      for (let i = 0; i < n; i += ROWS_PER_SLICE) {
        throwIfAborted(opts.signal);
        // Rows shrink (only j > i is computed), so report progress by pairs done.
        opts.onProgress?.(n > 1 ? (i * (2 * n - i - 1)) / (n * (n - 1)) : 0);
        await yieldToEventLoop();
        throwIfAborted(opts.signal);
        fill.rows(i, Math.min(n, i + ROWS_PER_SLICE));
      }
      opts.onProgress?.(1);
      return fill.matrix;
    },

    matrixNow(points: LatLng[], modes: TravelMode[]): TravelMatrix {
      const fill = matrixFiller(points, modes, speeds);
      fill.rows(0, points.length);
      return fill.matrix;
    },

    async table(origins: LatLng[], destinations: LatLng[], mode: TravelMode, opts: TravelOptions = {}): Promise<TravelTable> {
      const rows = origins.length;
      const cols = destinations.length;
      const a = prepare(origins);
      const b = prepare(destinations);
      const [{ secPerM, overhead }] = factors(speeds, [mode]);
      const durationSec = new Int32Array(rows * cols);
      const distanceM = new Int32Array(rows * cols);
      for (let i = 0; i < rows; i++) {
        if (i % ROWS_PER_SLICE === 0) {
          throwIfAborted(opts.signal);
          opts.onProgress?.(i / rows);
          await yieldToEventLoop();
          throwIfAborted(opts.signal);
        }
        for (let j = 0; j < cols; j++) {
          const m = preparedM(a, i, b, j);
          if (m < SAME_POINT_M) continue;
          distanceM[i * cols + j] = Math.round(m * distanceFactor);
          durationSec[i * cols + j] = Math.round(m * secPerM) + overhead;
        }
      }
      opts.onProgress?.(1);
      return { rows, cols, durationSec, distanceM };
    },
  };
}
