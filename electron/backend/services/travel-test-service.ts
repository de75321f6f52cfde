import type { LatLng, TravelSettings, TravelTestResult } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { toWgs84 } from '../../../shared/logic/coords';
import type { Repos } from '../db/repos';
import { haversineProvider } from '../travel/haversine-provider';
import { RoadServerError, UNROUTABLE_SEC, trimBase } from '../travel/road-engine';
import { ROAD_ENGINES } from '../travel/road-engines';
import { roadProvider } from '../travel/road-provider';
import { clientConfig, failureSentence, type RouterDeps } from '../travel/router-provider';
import type { TravelTable } from '../travel/provider';

/** Two places in the demo city (Shanghai: People's Square and Lujiazui), for a workspace with no officers yet. */
const DEMO_CITY: readonly [LatLng, LatLng] = [
  { lat: 31.2304, lng: 121.4737 },
  { lat: 31.2397, lng: 121.4998 },
];

/** Two different places of the workspace (officers' start places), so the test asks where the server's map must reach. */
function testPoints(repos: Repos): [LatLng, LatLng] {
  const starts = repos.officers.list().map((o) => toWgs84(o.start));
  const first = starts[0];
  const second = starts.find((p) => p.lat !== first?.lat || p.lng !== first?.lng);
  return first && second ? [first, second] : [...DEMO_CITY];
}

const minutes = (sec: number): number => Math.round(sec / 6) / 10;
const km = (m: number): number => Math.round(m / 100) / 10;

/**
 * The settings screen's "Test connection": a 2 × 2 table by car from the router in `settings` (not
 * yet saved), straight to the server (no cache, one retry), and a sentence saying what came back.
 */
export async function testRouter(repos: Repos, settings: TravelSettings, deps: Pick<RouterDeps, 'client'>): Promise<TravelTestResult> {
  const points = testPoints(repos);
  const cells = (t: TravelTable) => ({ durationsSec: [...t.durationSec], distancesM: [...t.distanceM] });
  if (settings.router === 'straight') {
    const t = await haversineProvider().table!(points, points, 'driving');
    return {
      ok: true,
      message: message('travel.testStraight', { forthMin: minutes(t.durationSec[1]), forthKm: km(t.distanceM[1]) }),
      ...cells(t),
    };
  }
  const engine = ROAD_ENGINES[settings.router];
  const url = trimBase(settings.url);
  const provider = roadProvider(engine, clientConfig(engine, settings, { client: { retries: 1, ...deps.client } }));
  try {
    const t = await provider.table!(points, points, 'driving');
    if (t.durationSec[1] >= UNROUTABLE_SEC || t.durationSec[2] >= UNROUTABLE_SEC) {
      return { ok: false, message: message('travel.testNoRoute', { engine: engine.label, url }), ...cells(t) };
    }
    const forth = { forthMin: minutes(t.durationSec[1]), forthKm: km(t.distanceM[1]) };
    const back = { backMin: minutes(t.durationSec[2]), backKm: km(t.distanceM[2]) };
    return { ok: true, message: message('travel.testOk', { engine: engine.label, url, ...forth, ...back }), ...cells(t) };
  } catch (error) {
    if (!(error instanceof RoadServerError)) throw error;
    return { ok: false, message: failureSentence(engine, url, error) };
  }
}
