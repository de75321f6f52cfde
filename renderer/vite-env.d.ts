/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the local server when the page is served from elsewhere (development); '' by default. */
  readonly VITE_API_URL?: string;
  /** Map tile template with {z}/{x}/{y}; see features/map/tile-config.ts. */
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION?: string;
}
