import gcoord from 'gcoord';
import type { GeoPoint, LatLng } from '../domain';

/** Converts a point in any supported system to WGS-84, the system the planner and map use. */
export function toWgs84(point: GeoPoint): LatLng {
  if (point.system === 'wgs84') return { lat: point.lat, lng: point.lng };
  const from = point.system === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  const [lng, lat] = gcoord.transform([point.lng, point.lat], from, gcoord.WGS84);
  return { lat, lng };
}
