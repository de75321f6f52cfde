import type { LatLng } from '../../../shared/domain';
import { RoadServerError, readGrid, shortDetail, trimBase, type RoadEngine } from './road-engine';

const point = (p: LatLng): [number, number] => [Number(p.lng.toFixed(6)), Number(p.lat.toFixed(6))];

/** GraphHopper words a matrix over the plan's size as "too many points" or names the maximum. */
const SIZE_LIMIT = /too many|maximum|max\.? (locations|points)|limit/i;

/**
 * GraphHopper's Matrix API: `POST /matrix?key=…` with `{from_points, to_points, profile,
 * out_arrays: ["times", "distances"], fail_fast: false}` (points as `[lng, lat]`). Answers `times`
 * (seconds) and `distances` (metres); with `fail_fast: false` a pair with no route is null. An
 * error is `{message, hints: [{message, details}]}`. The locations per request depend on the plan
 * (5 free, 30 Basic, 80 Standard): 30 is the default, and an answer over the limit shrinks the blocks.
 */
export const graphhopperEngine: RoadEngine = {
  kind: 'graphhopper',
  label: 'GraphHopper',
  defaultMaxLocations: 30,
  profiles: { driving: 'car', scooter: 'scooter', cycling: 'bike', walking: 'foot', transit: null },

  request(baseUrl, apiKey, profile, sources, destinations) {
    const key = apiKey === '' ? '' : `?key=${encodeURIComponent(apiKey)}`;
    return {
      method: 'POST',
      url: `${trimBase(baseUrl)}/matrix${key}`,
      body: {
        from_points: sources.map(point),
        to_points: destinations.map(point),
        profile,
        out_arrays: ['times', 'distances'],
        fail_fast: false,
      },
    };
  },

  read(status, body, rows, cols) {
    const answer = (body ?? {}) as { times?: unknown; distances?: unknown; message?: unknown; hints?: unknown };
    if (status < 300 && answer.times !== undefined) {
      const durationSec = readGrid(answer.times, rows, cols);
      const distanceM = readGrid(answer.distances, rows, cols);
      if (durationSec && distanceM) return { durationSec, distanceM };
      return new RoadServerError('unreadable', 'the matrix has not the shape asked for', status);
    }
    if (typeof answer.message !== 'string') return new RoadServerError(status < 300 ? 'unreadable' : 'refused', `HTTP ${status}`, status);
    const hints = Array.isArray(answer.hints)
      ? (answer.hints as { message?: unknown }[]).map((h) => (typeof h?.message === 'string' ? h.message : '')).filter(Boolean)
      : [];
    const detail = shortDetail([answer.message, ...hints.filter((h) => h !== answer.message)].join('; '));
    const tooBig = status === 400 && SIZE_LIMIT.test(detail);
    return new RoadServerError(tooBig ? 'tooBig' : 'refused', detail, status);
  },
};
