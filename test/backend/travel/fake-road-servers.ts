import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LatLng } from '../../../shared/domain';
import { haversineM } from '../../../electron/backend/travel/haversine-provider';

/** What the fake road network says between two points: 1.3 × the straight line, at 8 m/s. */
export function fakeLeg(a: LatLng, b: LatLng): { sec: number; m: number } | null {
  if (isIsland(a) !== isIsland(b)) return null;
  const m = haversineM(a, b) * 1.3;
  return { sec: m / 8, m };
}

/** Points north of 40° sit on an island no road reaches: the server finds no route to or from them. */
const isIsland = (p: LatLng): boolean => p.lat >= 40;

export type Engine = 'osrm' | 'valhalla' | 'graphhopper';

/** One request as the fake server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  body: unknown;
  sources: number;
  destinations: number;
  profile: string;
}

export interface FakeServerOptions {
  /** OSRM: `--max-table-size` (sources × destinations ≤ its square); Valhalla: max location pairs; GraphHopper: most points per side. */
  limit?: number;
  /** Answers 503 to this many requests first (then answers properly). */
  failFirst?: number;
  /** Never answers (the request hangs until the client gives up). */
  hang?: boolean;
  /** Milliseconds before each answer, so requests overlap. */
  delayMs?: number;
  /** GraphHopper: the key it accepts. */
  apiKey?: string;
}

export interface FakeServer {
  url: string;
  requests: SeenRequest[];
  /** Most requests in flight at once. */
  maxInFlight: number;
  /** Every request received, read or not. */
  hits: number;
  close(): Promise<void>;
}

type Answer = { status: number; body: unknown };

/** Rows of legs from `sources` to `destinations`. */
function legs(sources: LatLng[], destinations: LatLng[]) {
  return sources.map((a) => destinations.map((b) => fakeLeg(a, b)));
}

function osrm(url: URL, seen: SeenRequest[], options: FakeServerOptions): Answer {
  const match = /^\/table\/v1\/([^/]+)\/(.+)$/.exec(url.pathname);
  if (!match) return { status: 400, body: { code: 'InvalidUrl', message: 'URL string malformed close to position 1' } };
  const points = match[2].split(';').map((c) => {
    const [lng, lat] = c.split(',').map(Number);
    return { lat, lng };
  });
  const indices = (name: string) => (url.searchParams.get(name) ?? '').split(';').map(Number);
  const sources = indices('sources').map((i) => points[i]);
  const destinations = indices('destinations').map((i) => points[i]);
  seen.push({ method: 'GET', url: url.href, body: null, sources: sources.length, destinations: destinations.length, profile: match[1] });
  const limit = options.limit ?? 100;
  if (sources.length * destinations.length > limit * limit)
    return { status: 400, body: { code: 'TooBig', message: 'Too many table coordinates' } };
  const rows = legs(sources, destinations);
  return {
    status: 200,
    body: {
      code: 'Ok',
      durations: rows.map((r) => r.map((l) => (l ? Math.round(l.sec * 10) / 10 : null))),
      distances: rows.map((r) => r.map((l) => (l ? Math.round(l.m * 10) / 10 : null))),
      sources: sources.map((p) => ({ location: [p.lng, p.lat], name: '' })),
      destinations: destinations.map((p) => ({ location: [p.lng, p.lat], name: '' })),
    },
  };
}

function valhalla(url: URL, body: unknown, seen: SeenRequest[], options: FakeServerOptions): Answer {
  const request = body as { sources: { lat: number; lon: number }[]; targets: { lat: number; lon: number }[]; costing: string };
  const sources = request.sources.map((p) => ({ lat: p.lat, lng: p.lon }));
  const targets = request.targets.map((p) => ({ lat: p.lat, lng: p.lon }));
  seen.push({ method: 'POST', url: url.href, body, sources: sources.length, destinations: targets.length, profile: request.costing });
  const limit = options.limit ?? 2500;
  if (sources.length * targets.length > limit) {
    return { status: 400, body: { error_code: 150, error: `Exceeded max locations: ${limit}`, status_code: 400, status: 'Bad Request' } };
  }
  const rows = legs(sources, targets).map((r, i) =>
    r.map((l, j) => ({
      from_index: i,
      to_index: j,
      time: l ? Math.round(l.sec) : null,
      distance: l ? Math.round(l.m) / 1000 : null,
    })),
  );
  return { status: 200, body: { sources_to_targets: rows, units: 'kilometers', locations: [] } };
}

function graphhopper(url: URL, body: unknown, seen: SeenRequest[], options: FakeServerOptions): Answer {
  const request = body as { from_points: [number, number][]; to_points: [number, number][]; profile: string; out_arrays: string[] };
  const from = request.from_points.map(([lng, lat]) => ({ lat, lng }));
  const to = request.to_points.map(([lng, lat]) => ({ lat, lng }));
  seen.push({ method: 'POST', url: url.href, body, sources: from.length, destinations: to.length, profile: request.profile });
  if (options.apiKey !== undefined && url.searchParams.get('key') !== options.apiKey) {
    return { status: 401, body: { message: 'Wrong credentials. Register and get a valid API key.' } };
  }
  const limit = options.limit ?? 80;
  if (from.length > limit || to.length > limit) {
    const most = Math.max(from.length, to.length);
    return {
      status: 400,
      body: { message: `Too many points for Matrix API: ${most}. Maximum: ${limit}`, hints: [{ message: 'Too many points' }] },
    };
  }
  const rows = legs(from, to);
  return {
    status: 200,
    body: {
      times: rows.map((r) => r.map((l) => (l ? Math.round(l.sec) : null))),
      distances: rows.map((r) => r.map((l) => (l ? Math.round(l.m) : null))),
      info: { copyrights: ['synthetic'] },
    },
  };
}

/** A local HTTP server answering like one engine's table API (its format, its errors, its size limit). */
export async function startFakeServer(engine: Engine, options: FakeServerOptions = {}): Promise<FakeServer> {
  const requests: SeenRequest[] = [];
  let inFlight = 0;
  let failures = options.failFirst ?? 0;
  const state = { maxInFlight: 0, hits: 0 };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      inFlight++;
      state.hits++;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const answer = (): Answer => {
        if (failures > 0) {
          failures--;
          return { status: 503, body: { message: 'Service Unavailable' } };
        }
        if (engine === 'osrm') return osrm(url, requests, options);
        const body: unknown = JSON.parse(raw);
        return engine === 'valhalla' ? valhalla(url, body, requests, options) : graphhopper(url, body, requests, options);
      };
      if (options.hang) {
        requests.push({ method: req.method ?? '', url: url.href, body: raw, sources: 0, destinations: 0, profile: '' });
        res.on('close', () => inFlight--);
        return;
      }
      setTimeout(() => {
        const { status, body } = answer();
        inFlight--;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      }, options.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    get hits() {
      return state.hits;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: a server that cannot be reached. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
