import type { LatLng, RoadEngine as RoadEngineKind, TravelMode } from '../../../shared/domain';

/** One HTTP request to a road server. */
export interface RoadRequest {
  method: 'GET' | 'POST';
  url: string;
  /** Sent as JSON. */
  body?: unknown;
}

/** A block of the table as the server gave it: seconds and metres, null where it found no route. */
export interface RoadBlock {
  durationSec: (number | null)[][];
  distanceM: (number | null)[][];
}

/** Why a request failed, in the terms the retry and chunking rules need. */
export type RoadFailureKind =
  /** No answer at all: refused, reset, DNS, TLS. Retried. */
  | 'unreachable'
  /** No answer within the timeout. Retried. */
  | 'timeout'
  /** 5xx or 429: the server is there but busy or broken. Retried. */
  | 'busy'
  /** The request is over the server's size limit: asked again in smaller blocks. */
  | 'tooBig'
  /** Any other refusal (bad key, unknown profile, bad coordinates): not retried. */
  | 'refused'
  /** An answer that does not read as the engine's format. */
  | 'unreadable';

/** A failed request, with the server's own words when it gave any. */
export class RoadServerError extends Error {
  constructor(
    readonly kind: RoadFailureKind,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'RoadServerError';
  }
}

/**
 * One engine's table API: how to ask for sources × destinations in a profile and how to read the
 * answer (or its error body). Everything else (chunks, retries, timeouts) is shared: road-table.ts.
 */
export interface RoadEngine {
  kind: RoadEngineKind;
  /** The engine's name as the user knows it: `OSRM`. */
  label: string;
  /** Most sources, and most destinations, one request may carry by default (the server's documented default limit). */
  defaultMaxLocations: number;
  /** The engine's profile for each travel mode; null: the engine has none, the straight-line model gives that mode. */
  profiles: Readonly<Record<TravelMode, string | null>>;
  request(baseUrl: string, apiKey: string, profile: string, sources: readonly LatLng[], destinations: readonly LatLng[]): RoadRequest;
  /** The block, or the engine's error as a RoadServerError. `body` is the parsed JSON (undefined when not JSON). */
  read(status: number, body: unknown, rows: number, cols: number): RoadBlock | RoadServerError;
}

/**
 * The rule for pairs the server cannot route (a point on a road the profile may not use, an island):
 * such a leg takes a whole day, so no plan ever uses it and the visit is left unassigned with its
 * reason, rather than planned on a guess. Its distance is 1,000 km for the same reason.
 */
export const UNROUTABLE_SEC = 86_400;
export const UNROUTABLE_M = 1_000_000;

/** The server's address without a trailing slash, so paths join cleanly. */
export function trimBase(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** A numeric matrix of `rows × cols` from JSON, nulls kept; undefined when the shape is wrong. */
export function readGrid(value: unknown, rows: number, cols: number, scale = 1): (number | null)[][] | undefined {
  if (!Array.isArray(value) || value.length !== rows) return undefined;
  const grid: (number | null)[][] = [];
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== cols) return undefined;
    grid.push(row.map((cell: unknown) => (typeof cell === 'number' && Number.isFinite(cell) ? cell * scale : null)));
  }
  return grid;
}

/** Text of a server's error body, short enough for a sentence. */
export function shortDetail(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 197)}...` : flat;
}

/** Whether an HTTP status means "try again later". */
export function isBusyStatus(status: number): boolean {
  return status >= 500 || status === 429;
}
