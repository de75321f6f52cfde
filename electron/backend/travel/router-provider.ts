import type { LatLng, Message, TravelMatrix, TravelMode, TravelSettings, TravelSource } from '../../../shared/domain';
import { AppError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import { cachedProvider } from './cached-provider';
import { pairKey, pointKey, type CachedLeg, type PairKey, type TravelCacheStore } from './cache-store';
import { haversineProvider } from './haversine-provider';
import { RoadServerError, trimBase, type RoadEngine, type RoadFailureKind } from './road-engine';
import { ROAD_ENGINES } from './road-engines';
import { ROAD_CLIENT_DEFAULTS, type RoadClientConfig } from './road-http';
import { roadProvider } from './road-provider';
import type { TravelOptions, TravelProvider, TravelTable } from './provider';

/** What the router needs besides its setting: the workspace's leg cache, and (tests) quicker retries. */
export interface RouterDeps {
  cache: TravelCacheStore;
  client?: Partial<Pick<RoadClientConfig, 'retries' | 'backoffMs'>>;
}

/** A road server's limits and patience: the setting's, else the engine's and the client's defaults. */
export function clientConfig(engine: RoadEngine, settings: TravelSettings, deps: Pick<RouterDeps, 'client'> = {}): RoadClientConfig {
  return {
    baseUrl: trimBase(settings.url),
    apiKey: settings.apiKey,
    maxLocations: settings.maxLocations ?? engine.defaultMaxLocations,
    concurrency: settings.concurrency ?? ROAD_CLIENT_DEFAULTS.concurrency,
    timeoutMs: settings.timeoutSec !== undefined ? settings.timeoutSec * 1000 : ROAD_CLIENT_DEFAULTS.timeoutMs,
    retries: deps.client?.retries ?? ROAD_CLIENT_DEFAULTS.retries,
    backoffMs: deps.client?.backoffMs ?? ROAD_CLIENT_DEFAULTS.backoffMs,
  };
}

const SENTENCE: Record<RoadFailureKind, Parameters<typeof message>[0]> = {
  unreachable: 'travel.serverUnreachable',
  timeout: 'travel.serverTimedOut',
  busy: 'travel.serverBusy',
  tooBig: 'travel.serverRefused',
  refused: 'travel.serverRefused',
  unreadable: 'travel.serverUnreadable',
};

/** What failed, naming the server, in both languages. */
export function failureSentence(engine: RoadEngine, url: string, error: RoadServerError): Message {
  return message(SENTENCE[error.kind], { engine: engine.label, url: trimBase(url), detail: error.detail });
}

/**
 * The matrix's one distance table is the road distance by car, whatever modes the day's officers
 * use (as the straight-line model's is the car's estimate): so a plan and its later checks, which
 * ask for one officer's mode, read the same distances.
 */
export const DISTANCE_MODE: TravelMode = 'driving';

/** The modes asked for, the car first: the cache takes the matrix's distances from the first mode. */
function byCarFirst(modes: readonly TravelMode[]): TravelMode[] {
  return [DISTANCE_MODE, ...modes.filter((m) => m !== DISTANCE_MODE)];
}

/**
 * The travel provider a router setting stands for. The straight-line model as it is; a road server
 * behind the workspace's leg cache (keyed by engine and address, mode and point pair), so a day
 * planned again asks nothing. When the server fails, the plan stops with a sentence naming it and
 * what failed; only when the setting allows it do straight-line estimates stand in, and the
 * matrix's source says so (`onSource`), for the plan, the board and every itinerary.
 */
export function routerProvider(settings: TravelSettings, deps: RouterDeps): TravelProvider {
  const straight = haversineProvider();
  if (settings.router === 'straight') {
    const source: TravelSource = { router: 'straight', url: '', fellBack: false, reason: null };
    return {
      ...straight,
      matrix: async (points, modes, options = {}) => {
        const matrix = await straight.matrix(points, modes, options);
        options.onSource?.(source);
        return matrix;
      },
    };
  }
  const engine = ROAD_ENGINES[settings.router];
  const road = roadProvider(engine, clientConfig(engine, settings, deps));
  const cached = cachedProvider(road, deps.cache);
  const url = trimBase(settings.url);
  /** Straight-line estimates in the server's stead, when allowed; else the plan stops. */
  const standIn = (error: unknown, options: TravelOptions): Message => {
    if (!(error instanceof RoadServerError)) throw error;
    const reason = failureSentence(engine, url, error);
    if (!settings.allowFallback) throw new AppError('bad_input', message('travel.planStopped', { reason }));
    options.onSource?.({ router: settings.router, url, fellBack: true, reason });
    return reason;
  };
  return {
    name: road.name,
    async matrix(points: LatLng[], modes: TravelMode[], options: TravelOptions = {}): Promise<TravelMatrix> {
      let matrix: TravelMatrix;
      try {
        matrix = await cached.matrix(points, byCarFirst(modes), options);
      } catch (error) {
        standIn(error, options);
        return straight.matrix(points, modes, { signal: options.signal, onProgress: options.onProgress });
      }
      options.onSource?.({ router: settings.router, url, fellBack: false, reason: null });
      return matrix;
    },
    async table(origins, destinations, mode, options = {}) {
      let table: TravelTable;
      try {
        table = await cachedTable(road, deps.cache, origins, destinations, mode, options);
      } catch (error) {
        standIn(error, options);
        return straight.table!(origins, destinations, mode, options);
      }
      options.onSource?.({ router: settings.router, url, fellBack: false, reason: null });
      return table;
    },
    /**
     * The plan check runs inside a write transaction and cannot wait for a server, so it reads the
     * legs the cache holds (after planning, every pair of the day's plan is there: the planner's
     * matrix was asked through the cache) and, for a pair it lacks (a visit moved to a new place
     * since, or a plan made on straight-line estimates), uses the straight-line estimate: the
     * route is then re-timed as a fallback plan would be, and a moved place is still seen.
     */
    matrixNow(points: LatLng[], modes: TravelMode[]): TravelMatrix {
      const estimate = straight.matrixNow!(points, modes);
      const n = points.length;
      const keys = points.map(pointKey);
      const pairs: PairKey[] = [];
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (keys[i] !== keys[j]) pairs.push({ fromKey: keys[i], toKey: keys[j] });
      const fill = (mode: TravelMode, into: Int32Array, field: 'durationSec' | 'distanceM') => {
        const found = deps.cache.getMany(road.name, mode, pairs);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            const leg = keys[i] === keys[j] ? undefined : found.get(pairKey(keys[i], keys[j]));
            if (leg) into[i * n + j] = leg[field];
          }
        }
      };
      for (const mode of modes) fill(mode, estimate.durationSec[mode] as Int32Array, 'durationSec');
      fill(DISTANCE_MODE, estimate.distanceM, 'distanceM');
      return estimate;
    },
  };
}

/**
 * Origins × destinations through the leg cache: the legs it holds are read, and only the origins
 * with a leg missing are asked for (against every destination), then stored. A large day asks its
 * pairs this way, so planning it again asks nothing either.
 */
async function cachedTable(
  road: TravelProvider,
  cache: TravelCacheStore,
  origins: LatLng[],
  destinations: LatLng[],
  mode: TravelMode,
  options: TravelOptions,
): Promise<TravelTable> {
  const rows = origins.length;
  const cols = destinations.length;
  const table: TravelTable = { rows, cols, durationSec: new Int32Array(rows * cols), distanceM: new Int32Array(rows * cols) };
  const from = origins.map(pointKey);
  const to = destinations.map(pointKey);
  const pairs: PairKey[] = [];
  for (const fromKey of from) for (const toKey of to) if (fromKey !== toKey) pairs.push({ fromKey, toKey });
  const found = cache.getMany(road.name, mode, pairs);
  const missing: number[] = [];
  for (let i = 0; i < rows; i++) {
    let complete = true;
    for (let j = 0; j < cols; j++) {
      if (from[i] === to[j]) continue;
      const leg = found.get(pairKey(from[i], to[j]));
      if (!leg) complete = false;
      else {
        table.durationSec[i * cols + j] = leg.durationSec;
        table.distanceM[i * cols + j] = leg.distanceM;
      }
    }
    if (!complete) missing.push(i);
  }
  if (missing.length === 0) return table;
  const asked = await road.table!(
    missing.map((i) => origins[i]),
    destinations,
    mode,
    options,
  );
  const fresh: (PairKey & CachedLeg)[] = [];
  missing.forEach((i, r) => {
    for (let j = 0; j < cols; j++) {
      if (from[i] === to[j]) continue;
      const cell = { durationSec: asked.durationSec[r * cols + j], distanceM: asked.distanceM[r * cols + j] };
      table.durationSec[i * cols + j] = cell.durationSec;
      table.distanceM[i * cols + j] = cell.distanceM;
      fresh.push({ fromKey: from[i], toKey: to[j], ...cell });
    }
  });
  cache.putMany(road.name, mode, fresh);
  return table;
}

/**
 * The workspace's router as one provider: the setting is read on every use (a change on the
 * settings screen applies to the next plan), and the provider it makes is kept while it stays the same.
 */
export function workspaceRouter(readSettings: () => TravelSettings, deps: RouterDeps): TravelProvider {
  let made: { key: string; provider: TravelProvider } | null = null;
  const current = (): TravelProvider => {
    const settings = readSettings();
    const key = JSON.stringify(settings);
    if (made?.key !== key) made = { key, provider: routerProvider(settings, deps) };
    return made.provider;
  };
  return {
    get name() {
      return current().name;
    },
    matrix: (points, modes, options) => current().matrix(points, modes, options),
    matrixNow: (points, modes) => current().matrixNow!(points, modes),
    table: (origins, destinations, mode, options) => current().table!(origins, destinations, mode, options),
  };
}
