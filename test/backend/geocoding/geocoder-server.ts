import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a test server answers for one request: a status and a JSON body, after an optional delay; `hang` never answers. */
export type Reply = { status?: number; body?: unknown; delayMs?: number } | 'hang';

export interface GeocoderServer {
  url: string;
  /** Every request's path and query, in arrival order. */
  requests: URL[];
  /** The most requests in flight at once. */
  maxInFlight: number;
  close(): Promise<void>;
}

/**
 * A local HTTP server standing in for a geocoding service: `answer` decides each reply from the
 * request's URL, in the service's own format (tests write Nominatim's and Amap's documented bodies).
 */
export async function startGeocoderServer(answer: (url: URL) => Reply): Promise<GeocoderServer> {
  const requests: URL[] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url);
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    const reply = answer(url);
    res.on('close', () => inFlight--);
    if (reply === 'hang') {
      hanging.add(res);
      return;
    }
    setTimeout(() => {
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(reply.body ?? null));
    }, reply.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Nominatim `/search?format=jsonv2` result, as its documentation shows one. */
export function nominatimPlace(lat: number, lon: number, placeRank: number, name = 'Somewhere, Shanghai, China') {
  return {
    place_id: 1,
    licence: 'Data © OpenStreetMap contributors, ODbL 1.0.',
    osm_type: 'way',
    osm_id: 2,
    lat: String(lat),
    lon: String(lon),
    category: 'building',
    type: 'yes',
    place_rank: placeRank,
    importance: 0.1,
    addresstype: 'building',
    name: '',
    display_name: name,
    boundingbox: [String(lat - 0.001), String(lat + 0.001), String(lon - 0.001), String(lon + 0.001)],
  };
}

/** An Amap `/v3/geocode/geo` success answer with one geocode at GCJ-02 `lng,lat`. */
export function amapFound(gcjLng: number, gcjLat: number, level: string) {
  return {
    status: '1',
    info: 'OK',
    infocode: '10000',
    count: '1',
    geocodes: [
      {
        formatted_address: '上海市黄浦区某路1号',
        country: '中国',
        province: '上海市',
        citycode: '021',
        city: '上海市',
        district: '黄浦区',
        adcode: '310101',
        location: `${gcjLng.toFixed(6)},${gcjLat.toFixed(6)}`,
        level,
      },
    ],
  };
}

export const AMAP_NOTHING = { status: '1', info: 'OK', infocode: '10000', count: '0', geocodes: [] };
