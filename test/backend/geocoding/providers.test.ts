import { afterEach, describe, expect, it } from 'vitest';
import { convertPoint } from '../../../shared/logic/coords';
import { amapProvider } from '../../../electron/backend/geocoding/amap';
import { fetchJson } from '../../../electron/backend/geocoding/fetch-json';
import { nominatimProvider } from '../../../electron/backend/geocoding/nominatim';
import { GeocodeFailure } from '../../../electron/backend/geocoding/provider';
import { AMAP_NOTHING, amapFound, nominatimPlace, startGeocoderServer, type GeocoderServer } from './geocoder-server';

const signal = () => new AbortController().signal;

async function failureOf(promise: Promise<unknown>): Promise<GeocodeFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GeocodeFailure);
  return error as GeocodeFailure;
}

describe('geocoding providers against local servers in each service format', () => {
  let server: GeocoderServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('asks Nominatim /search for one jsonv2 result in the configured countries and reads place_rank as confidence', async () => {
    server = await startGeocoderServer((url) =>
      url.searchParams.get('q') === '上海市黄浦区某路1号' ? { body: [nominatimPlace(31.2304, 121.4737, 30)] } : { body: [] },
    );
    const provider = nominatimProvider({ url: server.url, countryCodes: 'cn' });
    const match = await provider.geocode('上海市黄浦区某路1号', signal());
    expect(match).toEqual({ point: { lat: 31.2304, lng: 121.4737 }, confidence: 1, label: 'Somewhere, Shanghai, China' });
    const asked = server.requests[0];
    expect(asked.pathname).toBe('/search');
    expect(Object.fromEntries(asked.searchParams)).toEqual({ q: '上海市黄浦区某路1号', format: 'jsonv2', limit: '1', countrycodes: 'cn' });
    // No result is an answer too: null, not an error.
    expect(await provider.geocode('nowhere at all', signal())).toBeNull();
    // Nominatim's policy: one request at a time, a second apart.
    expect([provider.concurrency, provider.minIntervalMs]).toEqual([1, 1000]);
  });

  it('rates a street match below a building one', async () => {
    server = await startGeocoderServer(() => ({ body: [nominatimPlace(31.2, 121.4, 26)] }));
    const match = await nominatimProvider({ url: server.url, countryCodes: '' }).geocode('某路', signal());
    expect(match?.confidence).toBe(0.7);
    expect(server.requests[0].searchParams.has('countrycodes')).toBe(false);
  });

  it('makes 429 and server errors retryable failures, with the status in both languages', async () => {
    server = await startGeocoderServer((url) => ({ status: url.searchParams.get('q') === 'busy' ? 429 : 404, body: { error: 'x' } }));
    const provider = nominatimProvider({ url: server.url, countryCodes: 'cn' });
    const busy = await failureOf(provider.geocode('busy', signal()));
    expect(busy.retryable).toBe(true);
    expect(busy.reason).toEqual({ en: 'it answered HTTP 429', zh: '其返回 HTTP 429' });
    expect((await failureOf(provider.geocode('gone', signal()))).retryable).toBe(false);
  });

  it('gives up on a server that does not answer within the timeout, as a retryable failure', async () => {
    server = await startGeocoderServer(() => 'hang');
    const failure = await failureOf(fetchJson(new URL('/search', server.url), signal(), 150));
    expect(failure.retryable).toBe(true);
    expect(failure.reason.en).toBe('it did not answer within 0.2 s');
  });

  it('reads Amap geocodes: GCJ-02 "lng,lat" converted to WGS-84, level as confidence', async () => {
    const wgs = { lat: 31.2304, lng: 121.4737 };
    const gcj = convertPoint({ ...wgs, system: 'wgs84' }, 'gcj02');
    server = await startGeocoderServer((url) =>
      url.searchParams.get('address') === '上海市黄浦区某路1号' ? { body: amapFound(gcj.lng, gcj.lat, '门牌号') } : { body: AMAP_NOTHING },
    );
    const provider = amapProvider({ url: server.url, key: 'test-key' });
    const match = await provider.geocode('上海市黄浦区某路1号', signal());
    expect(match?.confidence).toBe(1);
    // GCJ-02 sits hundreds of metres off in Shanghai; the converted point is back on the building (within a metre).
    expect(Math.abs(match!.point.lat - wgs.lat) * 111_000).toBeLessThan(1);
    expect(Math.abs(match!.point.lng - wgs.lng) * 95_000).toBeLessThan(1);
    const asked = server.requests[0];
    expect(asked.pathname).toBe('/v3/geocode/geo');
    expect(asked.searchParams.get('key')).toBe('test-key');
    expect(await provider.geocode('查无此处', signal())).toBeNull();
  });

  it("turns Amap's error status into a sentence naming its info; a quota error is retryable", async () => {
    server = await startGeocoderServer((url) =>
      url.searchParams.get('key') === 'bad'
        ? { body: { status: '0', info: 'INVALID_USER_KEY', infocode: '10001' } }
        : { body: { status: '0', info: 'CUQPS_HAS_EXCEEDED_THE_LIMIT', infocode: '10021' } },
    );
    const refused = await failureOf(amapProvider({ url: server.url, key: 'bad' }).geocode('某路', signal()));
    expect(refused.retryable).toBe(false);
    expect(refused.reason).toEqual({ en: 'Amap answered status 0, "INVALID_USER_KEY"', zh: '高德返回状态 0：“INVALID_USER_KEY”' });
    const quota = await failureOf(amapProvider({ url: server.url, key: 'ok' }).geocode('某路', signal()));
    expect(quota.retryable).toBe(true);
  });
});
