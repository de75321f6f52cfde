import type { LatLng, Message } from '../../../shared/domain';

/** A place a geocoding service found for an address, in WGS-84, with how sure it is. */
export interface GeocodeMatch {
  point: LatLng;
  /** 0 (a guess at the city) to 1 (the building). */
  confidence: number;
  /** The place as the service names it, for the audit trail. */
  label: string;
}

/** One geocoding service: an address in, its best match out, or null when it knows no such place. */
export interface GeocodingProvider {
  /** Which service and where: the cache keeps answers per provider, so a different server asks again. */
  readonly cacheKey: string;
  /** Requests at a time and the least gap between two starts, as the service's usage policy asks. */
  readonly concurrency: number;
  readonly minIntervalMs: number;
  geocode(address: string, signal: AbortSignal): Promise<GeocodeMatch | null>;
}

/**
 * A request that failed, with the sentence the visit keeps while it stays pending. `retryable`
 * failures (too many requests, a timeout, a server error, the network) are tried again.
 */
export class GeocodeFailure extends Error {
  constructor(
    readonly reason: Message,
    readonly retryable: boolean,
  ) {
    super(reason.en);
    this.name = 'GeocodeFailure';
  }
}
