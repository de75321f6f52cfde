/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the local server when the page is served from elsewhere (development); '' by default. */
  readonly VITE_API_URL?: string;
}
