import { z } from 'zod';
import { message } from '../../../shared/i18n';
import { toWgs84 } from '../../../shared/logic/coords';
import { AMAP_LEVEL_CONFIDENCE } from './amap-levels';
import { endpoint, fetchJson } from './fetch-json';
import { GeocodeFailure, type GeocodeMatch, type GeocodingProvider } from './provider';

/** Amap's `/v3/geocode/geo` answer (only what we read): `status` "1" is success, "0" an error named by `info`. */
const AmapAnswer = z.object({
  status: z.string(),
  info: z.string().default(''),
  infocode: z.string().default(''),
  geocodes: z
    .array(
      z.object({
        formatted_address: z.union([z.string(), z.array(z.string())]).default(''),
        location: z.string().regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/),
        level: z.union([z.string(), z.array(z.string())]).default(''),
      }),
    )
    .default([]),
});

/** Confidence for an Amap `level`; an unknown level counts as a guess. */
export function amapConfidence(level: string): number {
  return AMAP_LEVEL_CONFIDENCE[level] ?? 0.3;
}

/** Amap's "too many requests" infocodes (daily or per-second quotas): worth trying again later. */
const QUOTA_CODES = new Set(['10003', '10004', '10014', '10019', '10020', '10021', '10044', '10045']);

export interface AmapOptions {
  url: string;
  key: string;
}

/** Amap's geocoding API. Its answers are GCJ-02 ("lng,lat"), converted to WGS-84 here. */
export function amapProvider({ url, key }: AmapOptions): GeocodingProvider {
  return {
    cacheKey: `amap@${url}`,
    concurrency: 3,
    minIntervalMs: 100,
    async geocode(address, signal): Promise<GeocodeMatch | null> {
      const request = endpoint(url, '/v3/geocode/geo');
      request.searchParams.set('address', address);
      request.searchParams.set('key', key);
      request.searchParams.set('output', 'JSON');
      const parsed = AmapAnswer.safeParse(await fetchJson(request, signal));
      if (!parsed.success) throw new GeocodeFailure(message('geocoding.badAnswer'), false);
      const answer = parsed.data;
      if (answer.status !== '1') {
        throw new GeocodeFailure(
          message('geocoding.amapRefused', { status: answer.status, info: answer.info }),
          QUOTA_CODES.has(answer.infocode),
        );
      }
      const best = answer.geocodes[0];
      if (!best) return null;
      const [lng, lat] = best.location.split(',').map(Number);
      const level = Array.isArray(best.level) ? '' : best.level;
      return {
        point: toWgs84({ lat, lng, system: 'gcj02' }),
        confidence: amapConfidence(level),
        label: Array.isArray(best.formatted_address) ? '' : best.formatted_address,
      };
    },
  };
}
