import { z } from 'zod';
import { LocalDate } from '../domain';

const count = z.number().int().min(0);

/** How far a geocoding run has come, in visits (several may share an address, asked once). */
export const GeocodeCounts = z.object({
  total: count,
  done: count,
  /** Placed at or above the confidence threshold. */
  found: count,
  /** Placed below it: listed for a person to confirm. */
  guessed: count,
  /** Nothing found, or the service failed: still pending, with a sentence. */
  failed: count,
});
export type GeocodeCounts = z.infer<typeof GeocodeCounts>;

/** What a geocoding run did: its counts, requests sent and answers taken from the cache, and whether it was cancelled. */
export const GeocodeRunResult = GeocodeCounts.extend({ asked: count, fromCache: count, cancelled: z.boolean() });
export type GeocodeRunResult = z.infer<typeof GeocodeRunResult>;

/** The `geocoding.progress` event: the day geocoded (null: every day) and the counts so far. */
export const GeocodeProgress = GeocodeCounts.extend({ date: LocalDate.nullable() });
export type GeocodeProgress = z.infer<typeof GeocodeProgress>;
