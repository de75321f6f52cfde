import type { LatLng, TravelMatrix, TravelMode } from '../../../shared/domain';
import { throwIfAborted } from './abort';
import { pairKey, pointKey, type PairKey, type TravelCacheStore } from './cache-store';
import type { TravelOptions, TravelProvider } from './provider';
import { sharedTable } from './shared-table';

/**
 * Wraps a provider with a leg cache. Points are keyed by `pointKey` (5 decimals), so repeated
 * addresses share legs. Only pairs missing from the cache go to the inner provider:
 *  - with `inner.table`, a small set S of points touching every missing pair is chosen (greedy
 *    vertex cover; for new addresses S is exactly the new points) and S × all plus all × S are asked;
 *  - without it, or when over a quarter of the pairs are missing, the inner provider computes the
 *    whole matrix once; only the missing legs are stored.
 * The matrix's one distance table comes from the first mode's legs.
 */
export function cachedProvider(inner: TravelProvider, cache: TravelCacheStore): TravelProvider {
  return {
    name: inner.name,
    async matrix(points: LatLng[], modes: TravelMode[], options: TravelOptions = {}): Promise<TravelMatrix> {
      if (modes.length === 0) return inner.matrix(points, modes, options);
      const { unique, indexOf, keys } = uniquePoints(points);
      const u = unique.length;
      const durationSec: TravelMatrix['durationSec'] = {};
      let distanceM: Int32Array = new Int32Array(0);
      for (const [m, mode] of modes.entries()) {
        throwIfAborted(options.signal);
        const scaled: TravelOptions = {
          signal: options.signal,
          onProgress: (f) => options.onProgress?.((m + f) / modes.length),
        };
        const legs = await modeLegs(inner, cache, mode, unique, keys, scaled);
        durationSec[mode] = expand(legs.durationSec, indexOf, u);
        if (m === 0) distanceM = expand(legs.distanceM, indexOf, u);
      }
      options.onProgress?.(1);
      return { size: points.length, distanceM, durationSec };
    },
  };
}

interface Legs {
  durationSec: Int32Array;
  distanceM: Int32Array;
}

/** All legs between distinct points for one mode, `u × u`: from the cache, the rest from `inner`. */
async function modeLegs(
  inner: TravelProvider,
  cache: TravelCacheStore,
  mode: TravelMode,
  unique: LatLng[],
  keys: string[],
  options: TravelOptions,
): Promise<Legs> {
  const u = unique.length;
  const legs: Legs = { durationSec: new Int32Array(u * u), distanceM: new Int32Array(u * u) };
  const pairs: PairKey[] = [];
  for (let a = 0; a < u; a++) for (let b = 0; b < u; b++) if (a !== b) pairs.push({ fromKey: keys[a], toKey: keys[b] });
  const found = cache.getMany(inner.name, mode, pairs);
  const missing: number[] = [];
  for (let a = 0; a < u; a++) {
    for (let b = 0; b < u; b++) {
      if (a === b) continue;
      const leg = found.get(pairKey(keys[a], keys[b]));
      if (leg) {
        legs.durationSec[a * u + b] = leg.durationSec;
        legs.distanceM[a * u + b] = leg.distanceM;
      } else missing.push(a * u + b);
    }
  }
  if (missing.length === 0) return legs;

  // A mostly cold cache is cheaper to fill with one full matrix than with row and column tables.
  if (inner.table && missing.length * 4 <= pairs.length) {
    const cover = coverPoints(u, missing);
    const coverPts = cover.map((i) => unique[i]);
    const half = (f: number): void => options.onProgress?.(f / 2);
    const out = await inner.table(coverPts, unique, mode, { signal: options.signal, onProgress: half });
    const back = await inner.table(unique, coverPts, mode, { signal: options.signal, onProgress: (f) => half(1 + f) });
    cover.forEach((a, r) => {
      for (let b = 0; b < u; b++) {
        legs.durationSec[a * u + b] = out.durationSec[r * u + b];
        legs.distanceM[a * u + b] = out.distanceM[r * u + b];
        legs.durationSec[b * u + a] = back.durationSec[b * cover.length + r];
        legs.distanceM[b * u + a] = back.distanceM[b * cover.length + r];
      }
    });
  } else {
    const full = await inner.matrix(unique, [mode], options);
    legs.durationSec.set(full.durationSec[mode] as Int32Array);
    legs.distanceM.set(full.distanceM);
  }
  cache.putMany(
    inner.name,
    mode,
    missing.map((cell) => {
      const a = Math.floor(cell / u);
      const b = cell - a * u;
      return { fromKey: keys[a], toKey: keys[b], durationSec: legs.durationSec[cell], distanceM: legs.distanceM[cell] };
    }),
  );
  return legs;
}

/** Distinct points by key, and each input point's index among them. */
function uniquePoints(points: LatLng[]): { unique: LatLng[]; indexOf: Int32Array; keys: string[] } {
  const byKey = new Map<string, number>();
  const unique: LatLng[] = [];
  const keys: string[] = [];
  const indexOf = new Int32Array(points.length);
  points.forEach((p, i) => {
    const key = pointKey(p);
    let index = byKey.get(key);
    if (index === undefined) {
      index = unique.length;
      byKey.set(key, index);
      unique.push(p);
      keys.push(key);
    }
    indexOf[i] = index;
  });
  return { unique, indexOf, keys };
}

/** Expands a `u × u` table to the input's `n × n` (duplicates share rows and columns). */
function expand(table: Int32Array, indexOf: Int32Array, u: number): Int32Array {
  const n = indexOf.length;
  const out = sharedTable(n * n);
  for (let i = 0; i < n; i++) {
    const row = indexOf[i] * u;
    for (let j = 0; j < n; j++) out[i * n + j] = table[row + indexOf[j]];
  }
  return out;
}

/**
 * Greedy vertex cover of the missing pairs (cells `a × u + b`): repeatedly takes the point on
 * most uncovered pairs. Returns point indices in the order taken.
 */
function coverPoints(u: number, missing: readonly number[]): number[] {
  const degree = new Int32Array(u);
  for (const cell of missing) {
    degree[Math.floor(cell / u)]++;
    degree[cell % u]++;
  }
  const covered = new Uint8Array(u);
  const cover: number[] = [];
  let left = missing.length;
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < u; i++) if (covered[i] === 0 && (best < 0 || degree[i] > degree[best])) best = i;
    covered[best] = 1;
    cover.push(best);
    left = 0;
    degree.fill(0);
    for (const cell of missing) {
      const a = Math.floor(cell / u);
      const b = cell % u;
      if (covered[a] === 1 || covered[b] === 1) continue;
      left++;
      degree[a]++;
      degree[b]++;
    }
  }
  return cover;
}
