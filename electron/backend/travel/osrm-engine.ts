import type { LatLng } from '../../../shared/domain';
import { RoadServerError, readGrid, shortDetail, trimBase, type RoadEngine } from './road-engine';

/** `lng,lat` with 6 decimals (about 0.1 m), as OSRM's coordinate list reads it. */
const coordinate = (p: LatLng): string => `${p.lng.toFixed(6)},${p.lat.toFixed(6)}`;

const range = (from: number, count: number): string => Array.from({ length: count }, (_, i) => from + i).join(';');

/**
 * OSRM's Table service: `GET /table/v1/{profile}/{coordinates}?sources=…&destinations=…
 * &annotations=duration,distance`. Answers `{code: "Ok", durations, distances}` (seconds, metres,
 * null where no route); an error is `{code, message}` (`TooBig` when sources × destinations is
 * over `--max-table-size`², default 100, so 100 sources by 100 destinations fit in one request).
 * osrm-routed serves the one profile its data was extracted with, whatever the URL names.
 */
export const osrmEngine: RoadEngine = {
  kind: 'osrm',
  label: 'OSRM',
  defaultMaxLocations: 100,
  profiles: { driving: 'car', scooter: 'car', cycling: 'bike', walking: 'foot', transit: null },

  request(baseUrl, _apiKey, profile, sources, destinations) {
    const coordinates = [...sources, ...destinations].map(coordinate).join(';');
    const query = `sources=${range(0, sources.length)}&destinations=${range(sources.length, destinations.length)}`;
    return {
      method: 'GET',
      url: `${trimBase(baseUrl)}/table/v1/${encodeURIComponent(profile)}/${coordinates}?${query}&annotations=duration,distance`,
    };
  },

  read(status, body, rows, cols) {
    const answer = (body ?? {}) as { code?: unknown; message?: unknown; durations?: unknown; distances?: unknown };
    const code = typeof answer.code === 'string' ? answer.code : undefined;
    if (code === 'Ok' && status < 300) {
      const durationSec = readGrid(answer.durations, rows, cols);
      const distanceM = readGrid(answer.distances, rows, cols);
      if (durationSec && distanceM) return { durationSec, distanceM };
      return new RoadServerError('unreadable', 'the table has not the shape asked for', status);
    }
    if (code === undefined) return new RoadServerError(status < 300 ? 'unreadable' : 'refused', `HTTP ${status}`, status);
    const detail = shortDetail(`${code}${typeof answer.message === 'string' ? `: ${answer.message}` : ''}`);
    return new RoadServerError(code === 'TooBig' ? 'tooBig' : 'refused', detail, status);
  },
};
