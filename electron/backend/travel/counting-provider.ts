import type { TravelProvider } from './provider';

/** A provider that counts what it is asked: ordered pairs (a matrix of n points is n² per mode) and requests. */
export interface CountingProvider extends TravelProvider {
  readonly pairsAsked: number;
  readonly requests: number;
}

/**
 * Wraps a provider to count the pairs asked of it, as a road server would see them: how the scale
 * benchmark and the tests measure what a large day asks for.
 */
export function countingProvider(inner: TravelProvider): CountingProvider {
  let pairsAsked = 0;
  let requests = 0;
  const table = inner.table;
  return {
    name: inner.name,
    get pairsAsked() {
      return pairsAsked;
    },
    get requests() {
      return requests;
    },
    matrix(points, modes, options) {
      pairsAsked += points.length * points.length * modes.length;
      requests += modes.length;
      return inner.matrix(points, modes, options);
    },
    ...(table && {
      table(origins, destinations, mode, options) {
        pairsAsked += origins.length * destinations.length;
        requests++;
        return table(origins, destinations, mode, options);
      },
    }),
  };
}
