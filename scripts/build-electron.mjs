// Bundles the Electron main process and preload to CommonJS (sandboxed preloads cannot be ESM).
// better-sqlite3 stays external: it is a native module loaded with the Electron build's binding; pdfkit
// too, as it reads its own data files at run time (a runtime dependency, shipped by electron-builder).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'pdfkit'], // pdfkit finds its data files from import.meta.url, which CJS leaves empty
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  // The route sheet's font lookup has an ESM branch (import.meta) that the CJS bundle never takes.
  logOverride: { 'empty-import-meta': 'silent' },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist-electron/main/index.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist-electron/preload/index.cjs' }),
  build({ ...common, entryPoints: ['electron/backend/solver-worker/solve-worker.ts'], outfile: 'dist-electron/main/solve-worker.cjs' }),
]);
console.log('built dist-electron/main/index.cjs, dist-electron/main/solve-worker.cjs and dist-electron/preload/index.cjs');
