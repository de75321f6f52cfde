import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const CSP = "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self' 'unsafe-inline'; connect-src 'self'";

/**
 * Puts the CSP into the built index.html as well (belt and braces: the HTTP server and the
 * desktop app's app:// handler both send it as a header). Build only, since the dev server
 * injects an inline script for React refresh.
 */
function cspMeta(): Plugin {
  return {
    name: 'dispatch-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  envDir: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs so the same build loads over http:// and from app://renderer/ in Electron.
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
});
