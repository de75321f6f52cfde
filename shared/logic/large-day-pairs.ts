import type { LatLng } from '../domain';
import { nearestByGrid } from './nearest-by-grid';

/**
 * When and how a day is planned without the full travel matrix (issue 20). From `fromVisits`
 * visits the full square would be too big to hold and too many pairs to ask a road server for, so
 * only the pairs the search can use are fetched: each visit's `neighbours` nearest visits (both
 * ways) and the start and end places of its `officersPerVisit` nearest officers (by start place).
 */
export interface LargeDayOptions {
  fromVisits: number;
  neighbours: number;
  officersPerVisit: number;
}

/**
 * The defaults: the solver's ruin walks up to 64 nearby visits and construction offers a visit to
 * its 40 nearest officers on large rosters, and the pairs fetched in the same requests bring more.
 */
export const LARGE_DAY: LargeDayOptions = { fromVisits: 3000, neighbours: 48, officersPerVisit: 40 };

/** True when a day of `visitCount` plannable visits is planned from fetched pairs only. */
export function isLargeDay(visitCount: number, options: LargeDayOptions = LARGE_DAY): boolean {
  return visitCount >= options.fromVisits;
}

/** Mean Earth radius, metres (the same sphere as the straight-line travel model). */
const EARTH_RADIUS_M = 6_371_000;

/**
 * Points in metres east and north of their mean (equirectangular): within a city the error
 * against the great circle is far below a metre per kilometre, and distances are one square root.
 */
export function projectPoints(points: readonly LatLng[]): { xM: Float64Array; yM: Float64Array } {
  const n = points.length;
  let lat0 = 0;
  let lng0 = 0;
  for (const p of points) {
    lat0 += p.lat / n;
    lng0 += p.lng / n;
  }
  const toRad = Math.PI / 180;
  const east = EARTH_RADIUS_M * toRad * Math.cos(lat0 * toRad);
  const north = EARTH_RADIUS_M * toRad;
  return {
    xM: Float64Array.from(points, (p) => (p.lng - lng0) * east),
    yM: Float64Array.from(points, (p) => (p.lat - lat0) * north),
  };
}

/** Ordered pairs of points (indices in the planning layout), possibly repeated. */
export interface PointPairs {
  from: Int32Array;
  to: Int32Array;
}

/**
 * The pairs a large day's search can use, over points laid out as `planningPoints` lays them
 * (visits, then each officer's start and end): visit ↔ each of its nearest visits, officer start →
 * visit and visit → officer end for each of its nearest officers.
 */
export function wantedPairs(
  xM: Float64Array,
  yM: Float64Array,
  visitCount: number,
  officerCount: number,
  options: LargeDayOptions = LARGE_DAY,
): PointPairs {
  const visits = Int32Array.from({ length: visitCount }, (_, v) => v);
  const starts = Int32Array.from({ length: officerCount }, (_, k) => visitCount + 2 * k);
  const k = Math.min(options.neighbours, Math.max(0, visitCount - 1));
  const m = Math.min(options.officersPerVisit, officerCount);
  const near = nearestByGrid(xM, yM, visits, visits, k);
  const officers = nearestByGrid(xM, yM, visits, starts, m);
  const count = visitCount * 2 * (k + m);
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  let n = 0;
  const add = (a: number, b: number): void => {
    from[n] = a;
    to[n] = b;
    n++;
  };
  for (let v = 0; v < visitCount; v++) {
    for (let i = 0; i < k; i++) {
      const w = near[v * k + i];
      if (w < 0) break;
      add(v, w);
      add(w, v);
    }
    for (let i = 0; i < m; i++) {
      const start = officers[v * m + i];
      if (start < 0) break;
      add(start, v);
      add(v, start + 1);
    }
  }
  return { from: from.subarray(0, n), to: to.subarray(0, n) };
}
