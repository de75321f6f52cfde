import { z } from 'zod';
import { Message } from './plan';

/**
 * Where a visit's place came from when the file gave only an address (issue 20):
 * - `pending`: no place yet (not geocoded, or geocoding found nothing or failed: `problem` says why);
 * - `geocoded`: found from the address with a confidence at or above the workspace's threshold;
 * - `guessed`: found below the threshold, so a person must confirm it before it is planned;
 * - `confirmed`: a person confirmed the place or moved its pin.
 * A visit whose file gave coordinates has no `locating` at all.
 */
export const LocationSource = z.enum(['pending', 'geocoded', 'guessed', 'confirmed']);
export type LocationSource = z.infer<typeof LocationSource>;

/** A visit's place as geocoding left it. A `pending` visit has no location; every other has one. */
export const VisitLocating = z.object({
  source: LocationSource,
  /** The geocoder's confidence, 0 (a guess) to 1 (the building); null before any answer. */
  confidence: z.number().min(0).max(1).nullable(),
  /** Why a pending visit has no place yet (nothing found, the service failed); else null. */
  problem: Message.nullable(),
});
export type VisitLocating = z.infer<typeof VisitLocating>;

/** The geocoding services the app speaks to: a Nominatim-compatible search API, or Amap's geocoding API. */
export const GeocodingProviderKind = z.enum(['nominatim', 'amap']);
export type GeocodingProviderKind = z.infer<typeof GeocodingProviderKind>;

/** How the workspace geocodes addresses: which service, where, its key, and the confidence a match needs. */
export const GeocodingSettings = z.object({
  provider: GeocodingProviderKind,
  /** The service's base address (`https://nominatim.example`, `https://restapi.amap.com`); empty: not set up. */
  url: z.string().trim().max(500),
  /** Amap's web-service key; Nominatim needs none. */
  key: z.string().trim().max(200),
  /** Nominatim's `countrycodes` (ISO 3166-1 alpha-2, comma-separated), so an address is looked up in its country. */
  countryCodes: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^([a-z]{2}(,[a-z]{2})*)?$/, 'two-letter country codes separated by commas'),
  /** A match below this confidence (0–1) is listed for a person to confirm and is not planned until then. */
  confidenceThreshold: z.number().min(0).max(1),
});
export type GeocodingSettings = z.infer<typeof GeocodingSettings>;

export const DEFAULT_GEOCODING_SETTINGS: GeocodingSettings = {
  provider: 'nominatim',
  url: '',
  key: '',
  countryCodes: 'cn',
  confidenceThreshold: 0.6,
};
