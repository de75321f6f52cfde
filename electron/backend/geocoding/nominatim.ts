import { z } from 'zod';
import { message } from '../../../shared/i18n';
import { endpoint, fetchJson } from './fetch-json';
import { GeocodeFailure, type GeocodeMatch, type GeocodingProvider } from './provider';

/** One result of `/search?format=jsonv2` (only what we read). */
const NominatimPlace = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  display_name: z.string().default(''),
  place_rank: z.number().optional(),
  importance: z.number().optional(),
});

/**
 * How precise a match is, from Nominatim's `place_rank` (30: a building or address, 26–27: a
 * street, 16: a city); `importance` (how well known the place is) only when there is no rank.
 */
export function nominatimConfidence(placeRank: number | undefined, importance: number | undefined): number {
  if (placeRank === undefined) return Math.min(Math.max(importance ?? 0, 0), 1);
  if (placeRank >= 30) return 1;
  if (placeRank >= 28) return 0.9;
  if (placeRank >= 26) return 0.7;
  if (placeRank >= 21) return 0.45;
  if (placeRank >= 17) return 0.3;
  return 0.1;
}

export interface NominatimOptions {
  url: string;
  /** ISO 3166-1 alpha-2 codes, comma-separated; empty: anywhere. */
  countryCodes: string;
}

/**
 * A Nominatim-compatible search API. Its usage policy allows one request a second, so requests go
 * one at a time, a second apart. Answers are WGS-84.
 */
export function nominatimProvider({ url, countryCodes }: NominatimOptions): GeocodingProvider {
  return {
    cacheKey: `nominatim@${url}`,
    concurrency: 1,
    minIntervalMs: 1000,
    async geocode(address, signal): Promise<GeocodeMatch | null> {
      const request = endpoint(url, '/search');
      request.searchParams.set('q', address);
      request.searchParams.set('format', 'jsonv2');
      request.searchParams.set('limit', '1');
      if (countryCodes !== '') request.searchParams.set('countrycodes', countryCodes);
      const parsed = z.array(NominatimPlace).safeParse(await fetchJson(request, signal));
      if (!parsed.success) throw new GeocodeFailure(message('geocoding.badAnswer'), false);
      const best = parsed.data[0];
      if (!best) return null;
      return {
        point: { lat: best.lat, lng: best.lon },
        confidence: nominatimConfidence(best.place_rank, best.importance),
        label: best.display_name,
      };
    },
  };
}
