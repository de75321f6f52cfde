import type { LatLng } from '../../../shared/domain';
import { RoadServerError, readGrid, shortDetail, trimBase, type RoadBlock, type RoadEngine } from './road-engine';

const location = (p: LatLng) => ({ lat: Number(p.lat.toFixed(6)), lon: Number(p.lng.toFixed(6)) });

/** Valhalla's error codes for "too many locations" (150): the same request in smaller blocks passes. */
const TOO_MANY_LOCATIONS = 150;

/** A verbose answer's cells (`[{time, distance}]` rows) or a concise one's `{durations, distances}`. */
function readCells(value: unknown, rows: number, cols: number): RoadBlock | undefined {
  if (value && !Array.isArray(value) && typeof value === 'object') {
    const concise = value as { durations?: unknown; distances?: unknown };
    const durationSec = readGrid(concise.durations, rows, cols);
    const distanceM = readGrid(concise.distances, rows, cols, 1000);
    return durationSec && distanceM ? { durationSec, distanceM } : undefined;
  }
  if (!Array.isArray(value) || value.length !== rows) return undefined;
  const durationSec: (number | null)[][] = [];
  const distanceM: (number | null)[][] = [];
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== cols) return undefined;
    const cells = row as { time?: unknown; distance?: unknown }[];
    durationSec.push(cells.map((c) => (typeof c?.time === 'number' ? c.time : null)));
    // Distances come in kilometres (`units: kilometers`).
    distanceM.push(cells.map((c) => (typeof c?.distance === 'number' ? c.distance * 1000 : null)));
  }
  return { durationSec, distanceM };
}

/**
 * Valhalla's matrix: `POST /sources_to_targets` with `{sources, targets, costing, units}`.
 * Answers `sources_to_targets` as rows of `{time, distance}` (verbose, the default) or as
 * `{durations, distances}` (concise); a pair with no route has null time and distance. An error is
 * `{error_code, error, status_code}`; code 150 "Exceeded max locations" is the size limit
 * (`service_limits.<costing>.max_matrix_location_pairs`, 2,500 by default: 50 × 50).
 */
export const valhallaEngine: RoadEngine = {
  kind: 'valhalla',
  label: 'Valhalla',
  defaultMaxLocations: 50,
  profiles: { driving: 'auto', scooter: 'motor_scooter', cycling: 'bicycle', walking: 'pedestrian', transit: null },

  request(baseUrl, _apiKey, profile, sources, destinations) {
    return {
      method: 'POST',
      url: `${trimBase(baseUrl)}/sources_to_targets`,
      body: { sources: sources.map(location), targets: destinations.map(location), costing: profile, units: 'kilometers' },
    };
  },

  read(status, body, rows, cols) {
    const answer = (body ?? {}) as { sources_to_targets?: unknown; error_code?: unknown; error?: unknown };
    if (status < 300 && answer.sources_to_targets !== undefined) {
      return (
        readCells(answer.sources_to_targets, rows, cols) ??
        new RoadServerError('unreadable', 'the matrix has not the shape asked for', status)
      );
    }
    if (typeof answer.error !== 'string') return new RoadServerError(status < 300 ? 'unreadable' : 'refused', `HTTP ${status}`, status);
    const code = typeof answer.error_code === 'number' ? answer.error_code : undefined;
    const detail = shortDetail(`${code !== undefined ? `${code} ` : ''}${answer.error}`);
    return new RoadServerError(code === TOO_MANY_LOCATIONS ? 'tooBig' : 'refused', detail, status);
  },
};
