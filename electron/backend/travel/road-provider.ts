import type { LatLng, TravelMatrix, TravelMode } from '../../../shared/domain';
import { throwIfAborted } from './abort';
import { haversineProvider } from './haversine-provider';
import { trimBase, type RoadEngine } from './road-engine';
import type { RoadClientConfig } from './road-http';
import { roadTable } from './road-table';
import type { TravelOptions, TravelProvider, TravelTable } from './provider';
import { sharedTable } from './shared-table';

/**
 * Travel times from a road server's table API. The name carries the engine and the address, so
 * caches never mix two servers. A mode the engine has no profile for (transit) is given by the
 * straight-line model, as the settings screen and the README say.
 */
export function roadProvider(engine: RoadEngine, config: RoadClientConfig): TravelProvider {
  const straight = haversineProvider();
  const table = (origins: LatLng[], destinations: LatLng[], mode: TravelMode, options: TravelOptions = {}): Promise<TravelTable> => {
    const profile = engine.profiles[mode];
    if (profile === null) return straight.table!(origins, destinations, mode, options);
    return roadTable(engine, config, profile, origins, destinations, options);
  };
  return {
    name: `${engine.kind}@1 ${trimBase(config.baseUrl)}`,
    table,
    async matrix(points: LatLng[], modes: TravelMode[], options: TravelOptions = {}): Promise<TravelMatrix> {
      const n = points.length;
      const durationSec: TravelMatrix['durationSec'] = {};
      let distanceM = sharedTable(n * n);
      for (const [k, mode] of modes.entries()) {
        throwIfAborted(options.signal);
        const legs = await table(points, points, mode, {
          signal: options.signal,
          onProgress: (f) => options.onProgress?.((k + f) / modes.length),
        });
        const durations = sharedTable(n * n);
        durations.set(legs.durationSec);
        durationSec[mode] = durations;
        if (k === 0) distanceM.set(legs.distanceM);
      }
      if (modes.length === 0) distanceM = sharedTable(n * n);
      options.onProgress?.(1);
      return { size: n, distanceM, durationSec };
    },
  };
}
