import type { TerritoryGeometry } from '../../shared/domain';

/** A rectangle between two corners (degrees), as a closed GeoJSON Polygon ring. */
export function box(west: number, south: number, east: number, north: number): TerritoryGeometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

/** A GeoJSON FeatureCollection text with one feature per entry (its geometry apart, the rest as properties). */
export function featureCollection(features: readonly ({ geometry: unknown } & Record<string, unknown>)[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map(({ geometry, ...properties }) => ({ type: 'Feature', geometry, properties })),
  });
}
