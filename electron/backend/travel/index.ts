export type { TravelOptions, TravelProvider, TravelTable } from './provider';
export { DEFAULT_SPEEDS, EARTH_RADIUS_M, haversineM, haversineProvider } from './haversine-provider';
export type { HaversineOptions, ModeSpeed } from './haversine-provider';
export { cachedProvider } from './cached-provider';
export { memoryTravelCache, DEFAULT_MAX_CACHE_ENTRIES } from './memory-cache';
export type { MemoryTravelCache } from './memory-cache';
export { pairKey, pointKey, POINT_KEY_DECIMALS } from './cache-store';
export type { CachedLeg, PairKey, TravelCacheStore } from './cache-store';
