import gcoord from 'gcoord';
import type { GeoPoint, LatLng } from '../domain';

const SYSTEMS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/** The point in another system, converted straight from the system it is in (no round trip through WGS-84). */
export function convertPoint(point: GeoPoint, to: GeoPoint['system']): LatLng {
  if (point.system === to) return { lat: point.lat, lng: point.lng };
  const [lng, lat] = gcoord.transform([point.lng, point.lat], SYSTEMS[point.system], SYSTEMS[to]);
  return { lat, lng };
}

/** Converts a point in any supported system to WGS-84, the system the planner and map use. */
export function toWgs84(point: GeoPoint): LatLng {
  return convertPoint(point, 'wgs84');
}
