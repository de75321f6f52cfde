import { booleanPointInPolygon, point, polygon, unkinkPolygon } from '@turf/turf';
import type { LatLng } from '../domain';

/** One closed loop, as turf takes it. */
type Loop = ReturnType<typeof polygon>;

/** An area the dispatcher drew on the map: a box between two corners, or a freehand lasso. */
export type DrawnArea = { kind: 'box'; corners: readonly [LatLng, LatLng] } | { kind: 'lasso'; path: readonly LatLng[] };

/** A visit where the map draws it (WGS-84). */
export interface PlacedVisit {
  id: string;
  lat: number;
  lng: number;
}

/**
 * The visits inside a drawn area, in the order given; a visit on its edge counts as inside. A
 * lasso that crosses itself is cut into the loops it makes and a visit inside any of them is in,
 * so a region the lasso went round twice is selected, not left out as a hole. A lasso of fewer
 * than three distinct points encloses nothing.
 */
export function visitsInArea(visits: readonly PlacedVisit[], area: DrawnArea): string[] {
  const loops = area.kind === 'box' ? [boxPolygon(area.corners)] : lassoLoops(area.path);
  if (loops.length === 0) return [];
  return visits.filter((v) => loops.some((loop) => booleanPointInPolygon(point([v.lng, v.lat]), loop))).map((v) => v.id);
}

function boxPolygon([a, b]: readonly [LatLng, LatLng]): Loop {
  const [west, east] = [Math.min(a.lng, b.lng), Math.max(a.lng, b.lng)];
  const [south, north] = [Math.min(a.lat, b.lat), Math.max(a.lat, b.lat)];
  return polygon([
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ]);
}

/** The simple loops a freehand path encloses once closed (one when it never crosses itself). */
function lassoLoops(path: readonly LatLng[]): Loop[] {
  // A hand passing over the same spot twice repeats a point, which the loop cutter refuses.
  const seen = new Set<string>();
  const ring: [number, number][] = [];
  for (const p of path) {
    const key = `${p.lng},${p.lat}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ring.push([p.lng, p.lat]);
  }
  if (ring.length < 3) return [];
  const drawn = polygon([[...ring, ring[0]]]);
  try {
    return unkinkPolygon(drawn).features;
  } catch {
    // A ring the cutter cannot take apart (points in a line over each other) is still a ring:
    // read as drawn, by the even-odd rule.
    return [drawn];
  }
}
