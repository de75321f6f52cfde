/**
 * The solve worker's entry when running from source (CLI, `npm run web`, benchmarks under tsx:
 * workers inherit tsx's loader). The desktop app passes its bundled `solve-worker.cjs` instead.
 */
export function sourceWorkerFile(): URL {
  return new URL('./solve-worker.ts', import.meta.url);
}

/** The benchmark solver's worker entry (`solve --format solomon` with several threads), run from source. */
export function sourceVrptwWorkerFile(): URL {
  return new URL('./vrptw-worker.ts', import.meta.url);
}
