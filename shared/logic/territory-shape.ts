import { kinks, polygon } from '@turf/turf';
import type { Sentence } from '../i18n';
import { message } from '../i18n';
import { TerritoryGeometry } from '../domain';

/**
 * What is wrong with a territory's outline, as one sentence (both languages), or null when it is a
 * usable area: Polygon or MultiPolygon rings of valid WGS-84 positions, closed, and not crossing
 * themselves (turf's `kinks`: an outline that crosses itself has no clear inside).
 */
export function shapeProblem(geometry: unknown): Sentence | null {
  const g = geometry as { type?: unknown; coordinates?: unknown };
  const polygons = g.type === 'Polygon' ? [g.coordinates] : Array.isArray(g.coordinates) ? g.coordinates : null;
  if (!polygons || !polygons.every((rings) => Array.isArray(rings) && rings.length > 0 && rings.every(Array.isArray))) {
    return message('territoryShape.notPolygon');
  }
  for (const rings of polygons as unknown[][][]) {
    for (const ring of rings) {
      if (!ring.every(isPosition)) return message('territoryShape.badPosition');
      if (ring.length < 4) return message('territoryShape.ringShort');
      const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]];
      if (first[0] !== last[0] || first[1] !== last[1]) return message('territoryShape.ringOpen');
    }
    const crossings = kinks(polygon(rings as number[][][])).features.length;
    if (crossings > 0) return message('territoryShape.crosses', { count: crossings });
  }
  return TerritoryGeometry.safeParse(flatGeometry(geometry as TerritoryGeometry)).success ? null : message('territoryShape.notPolygon');
}

/** The geometry with positions cut to [longitude, latitude] (an altitude, if any, is dropped). */
export function flatGeometry(geometry: TerritoryGeometry): TerritoryGeometry {
  const ring = (r: number[][]) => r.map((p) => [p[0], p[1]] as [number, number]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((rings) => rings.map(ring)) };
}

function isPosition(p: unknown): boolean {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90 &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1])
  );
}
