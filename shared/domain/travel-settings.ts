import { z } from 'zod';
import { Message } from './plan';

/** Where road travel times come from: a road server of one of three engines, or the straight-line model. */
export const RouterKind = z.enum(['straight', 'osrm', 'valhalla', 'graphhopper']);
export type RouterKind = z.infer<typeof RouterKind>;

/** The road engines (every router kind but the straight-line model). */
export type RoadEngine = Exclude<RouterKind, 'straight'>;

/** An http(s) address; a server in the office is usually `http://host:port`. */
const ServerUrl = z
  .string()
  .trim()
  .max(500)
  .refine((text) => text === '' || /^https?:\/\/[^\s/]+/i.test(text), { message: 'not an http(s) address' });

/**
 * The workspace's router (issue 20): which engine, at which address, the GraphHopper key, and
 * whether planning may fall back to the straight-line model when the server cannot be reached.
 * The request limits have each engine's defaults (see `electron/backend/travel/road-engines.ts`).
 */
export const TravelSettings = z
  .object({
    router: RouterKind,
    url: ServerUrl.default(''),
    apiKey: z.string().trim().max(200).default(''),
    allowFallback: z.boolean().default(false),
    /** Most sources (and most destinations) in one request; the engine's default when absent. */
    maxLocations: z.number().int().min(2).max(5_000).optional(),
    /** Requests in flight at once. */
    concurrency: z.number().int().min(1).max(16).optional(),
    /** Seconds one request may take before it is given up (and retried). */
    timeoutSec: z.number().int().min(1).max(600).optional(),
  })
  .refine((s) => s.router === 'straight' || s.url !== '', { message: 'a road server needs its address', path: ['url'] });
export type TravelSettings = z.infer<typeof TravelSettings>;

export const DEFAULT_TRAVEL_SETTINGS: TravelSettings = { router: 'straight', url: '', apiKey: '', allowFallback: false };

/** The result of asking a road server for a 2 × 2 table from the settings screen. */
export const TravelTestResult = z.object({
  ok: z.boolean(),
  message: Message,
  /** Seconds between the two test points, row-major, when the server answered. */
  durationsSec: z.array(z.number().nullable()).optional(),
  distancesM: z.array(z.number().nullable()).optional(),
});
export type TravelTestResult = z.infer<typeof TravelTestResult>;
