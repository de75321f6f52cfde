import gcoord from 'gcoord';
import type { GeoPoint, LatLng } from '../domain';

/** The map apps an officer may navigate with, each opened in the coordinate system it expects. */
export type NavigationService = 'amap' | 'baidu' | 'apple' | 'google';
export const NAVIGATION_SERVICES: readonly NavigationService[] = ['amap', 'baidu', 'apple', 'google'];

export type NavigationLinks = Record<NavigationService, string>;

/** Six decimals: about 0.1 m, finer than any address. */
const fixed = (value: number) => value.toFixed(6);

const SYSTEMS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/** The point in another system, converted straight from the system it was imported in (no round trip). */
function convert(point: GeoPoint, to: GeoPoint['system']): LatLng {
  if (point.system === to) return { lat: point.lat, lng: point.lng };
  const [lng, lat] = gcoord.transform([point.lng, point.lat], SYSTEMS[point.system], SYSTEMS[to]);
  return { lat, lng };
}

/**
 * Links that open each map app's marker at the visit: Amap's URI API in GCJ-02, Baidu's in
 * BD-09 (declared with coord_type), Apple and Google in WGS-84. `label` names the marker; it
 * should carry nothing personal (the visit ID), since links travel in QR codes and messages.
 */
export function navigationLinks(point: GeoPoint, label: string): NavigationLinks {
  const wgs = convert(point, 'wgs84');
  const gcj = convert(point, 'gcj02');
  const bd = convert(point, 'bd09');
  const name = encodeURIComponent(label);
  return {
    amap: `https://uri.amap.com/marker?position=${fixed(gcj.lng)},${fixed(gcj.lat)}&name=${name}&coordinate=gaode&callnative=1`,
    baidu: `https://api.map.baidu.com/marker?location=${fixed(bd.lat)},${fixed(bd.lng)}&title=${name}&content=${name}&output=html&coord_type=bd09ll&src=field-dispatch`,
    apple: `https://maps.apple.com/?ll=${fixed(wgs.lat)},${fixed(wgs.lng)}&q=${name}`,
    google: `https://www.google.com/maps/search/?api=1&query=${fixed(wgs.lat)},${fixed(wgs.lng)}`,
  };
}
