/** OpenStreetMap-style template; replace it where OSM is slow or not allowed (e.g. a company tile server). */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** localStorage key for a per-machine tile server (set from the dev tools or a later settings screen). */
export const TILE_URL_STORAGE_KEY = 'dispatch.tileUrl';

export interface TileConfig {
  url: string;
  attribution: string;
  maxZoom: number;
}

/** A usable template has the three placeholders and an http(s) scheme (the page CSP allows https images). */
export function isTileTemplate(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//.test(url) && ['{z}', '{x}', '{y}'].every((p) => url.includes(p));
}

/**
 * Which tiles the map loads: the localStorage setting wins, then the `VITE_TILE_URL` build
 * variable, then the default. Invalid templates are ignored rather than breaking the map.
 */
export function tileConfig(
  env: { VITE_TILE_URL?: string; VITE_TILE_ATTRIBUTION?: string } = import.meta.env,
  storage: Pick<Storage, 'getItem'> | null = safeLocalStorage(),
): TileConfig {
  const stored = storage?.getItem(TILE_URL_STORAGE_KEY);
  const url = isTileTemplate(stored) ? stored : isTileTemplate(env.VITE_TILE_URL) ? env.VITE_TILE_URL : DEFAULT_TILE_URL;
  const attribution = url === DEFAULT_TILE_URL ? DEFAULT_ATTRIBUTION : (env.VITE_TILE_ATTRIBUTION ?? '');
  return { url, attribution, maxZoom: 19 };
}

function safeLocalStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}
