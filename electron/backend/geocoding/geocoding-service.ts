import { badInput } from '../../../shared/api/errors';
import type { GeocodingSettings, LocalDate, Message, Visit } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { matchedLocating } from '../../../shared/logic/visit-location';
import type { Repos } from '../db/repos';
import type { CachedGeocode } from '../db/repos/geocoding-repo';
import { addressKey } from './address-key';
import { amapProvider } from './amap';
import { nominatimProvider } from './nominatim';
import { createPace, DEFAULT_RETRIES, forEachBounded, withRetries, type RetryOptions } from './pace';
import { GeocodeFailure, type GeocodingProvider } from './provider';

/** How a geocoding run went, in visits (several visits may share one address, asked once). */
export interface GeocodeCounts {
  total: number;
  /** Visits resolved so far (found, guessed, or left pending with a sentence). */
  done: number;
  found: number;
  guessed: number;
  failed: number;
}

export interface GeocodeRun extends GeocodeCounts {
  /** Requests actually sent to the service (retries included); the rest came from the cache. */
  asked: number;
  fromCache: number;
  cancelled: boolean;
}

/** The service the workspace's settings name, or a sentence saying what is missing. */
export function providerFor(settings: GeocodingSettings): GeocodingProvider {
  if (settings.url === '') throw badInput(message('geocoding.notSetUp'));
  if (settings.provider === 'amap') {
    if (settings.key === '') throw badInput(message('geocoding.keyMissing'));
    return amapProvider({ url: settings.url, key: settings.key });
  }
  return nominatimProvider({ url: settings.url, countryCodes: settings.countryCodes });
}

export interface GeocodeOptions {
  date?: LocalDate;
  signal: AbortSignal;
  onProgress?(counts: GeocodeCounts): void;
  retry?: RetryOptions;
}

type Answer = CachedGeocode | { failure: Message };

/**
 * Geocodes the approved visits still waiting for a place (one day's, or all): each distinct address
 * once, from the cache when any provider answer for it is kept, else from the service, a few at a
 * time at its pace, with retries. Every answer is cached as it comes. At the end, in one transaction
 * and audited: a match at or above the threshold places the visit (`geocoded`), one below it is a
 * guess to confirm (`guessed`), and no match or a failure leaves it pending with a sentence. A
 * cancelled run keeps what it found so far; visits a person placed meanwhile are left alone.
 */
export async function geocodePending(
  repos: Repos,
  provider: GeocodingProvider,
  threshold: number,
  options: GeocodeOptions,
): Promise<GeocodeRun> {
  const { signal } = options;
  const visits = repos.geocoding.pending(options.date);
  const byAddress = new Map<string, Visit[]>();
  for (const visit of visits) byAddress.set(addressKey(visit.address), [...(byAddress.get(addressKey(visit.address)) ?? []), visit]);

  const answers = new Map<string, Answer>();
  const counts: GeocodeCounts = { total: visits.length, done: 0, found: 0, guessed: 0, failed: 0 };
  let asked = 0;
  const settle = (key: string, answer: Answer) => {
    answers.set(key, answer);
    const many = byAddress.get(key)!.length;
    counts.done += many;
    if ('failure' in answer || answer.match === null) counts.failed += many;
    else if (answer.match.confidence >= threshold) counts.found += many;
    else counts.guessed += many;
    options.onProgress?.({ ...counts });
  };

  const toAsk: string[] = [];
  for (const key of byAddress.keys()) {
    const cached = repos.geocoding.cached(provider.cacheKey, key);
    if (cached) settle(key, cached);
    else toAsk.push(key);
  }
  const pace = createPace(provider.minIntervalMs);
  await forEachBounded(toAsk, provider.concurrency, signal, async (key) => {
    const address = byAddress.get(key)![0].address;
    try {
      const match = await withRetries(
        async () => {
          await pace(signal);
          asked++;
          return provider.geocode(address, signal);
        },
        options.retry ?? DEFAULT_RETRIES,
        signal,
      );
      const answer: CachedGeocode = {
        match: match && { lat: match.point.lat, lng: match.point.lng, confidence: match.confidence, label: match.label },
      };
      repos.geocoding.remember(provider.cacheKey, key, answer);
      settle(key, answer);
    } catch (error) {
      if (signal.aborted) return;
      if (!(error instanceof GeocodeFailure)) throw error;
      settle(key, { failure: message('geocoding.failed', { reason: error.reason }) });
    }
  });

  writePlaces(repos, provider, threshold, byAddress, answers);
  return { ...counts, asked, fromCache: byAddress.size - toAsk.length, cancelled: signal.aborted };
}

/** The answers on the visits still waiting with the same address, in one audited transaction. */
function writePlaces(
  repos: Repos,
  provider: GeocodingProvider,
  threshold: number,
  byAddress: Map<string, Visit[]>,
  answers: Map<string, Answer>,
): void {
  repos.transaction(() => {
    const changed: Visit[] = [];
    for (const [key, answer] of answers) {
      const ids = byAddress.get(key)!.map((v) => v.id);
      for (const visit of repos.visits.getMany(ids)) {
        if (visit.locating?.source !== 'pending' || addressKey(visit.address) !== key) continue;
        changed.push(placed(visit, answer, threshold));
      }
    }
    if (changed.length === 0) return;
    repos.visits.upsertMany(changed);
    repos.audit.append({
      action: 'visits.geocode',
      entity: 'visit',
      detail: {
        provider: provider.cacheKey,
        threshold,
        visits: changed.map((v) => ({ id: v.id, source: v.locating?.source, confidence: v.locating?.confidence ?? null })),
      },
    });
  });
}

function placed(visit: Visit, answer: Answer, threshold: number): Visit {
  if ('failure' in answer) return { ...visit, locating: { source: 'pending', confidence: null, problem: answer.failure } };
  if (answer.match === null) return { ...visit, locating: { source: 'pending', confidence: null, problem: message('geocoding.notFound') } };
  const { lat, lng, confidence } = answer.match;
  return { ...visit, location: { lat, lng, system: 'wgs84' }, locating: matchedLocating(confidence, threshold) };
}
