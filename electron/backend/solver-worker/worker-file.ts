/**
 * The solve worker's entry when running from source (CLI, `npm run web`, benchmarks under tsx:
 * workers inherit tsx's loader). The desktop app passes its bundled `solve-worker.cjs` instead.
 */
export function sourceWorkerFile(): URL {
  return new URL('./solve-worker.ts', import.meta.url);
}
