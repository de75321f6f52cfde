import type { GeoPoint } from '../domain';
import { convertPoint } from './coords';

/** The map apps an officer may navigate with, each opened in the coordinate system it expects. */
export type NavigationService = 'amap' | 'baidu' | 'apple' | 'google';
export const NAVIGATION_SERVICES: readonly NavigationService[] = ['amap', 'baidu', 'apple', 'google'];

export type NavigationLinks = Record<NavigationService, string>;

/** Six decimals: about 0.1 m, finer than any address. */
const fixed = (value: number) => value.toFixed(6);

/**
 * Links that open each map app's marker at the visit: Amap's URI API in GCJ-02, Baidu's in
 * BD-09 (declared with coord_type), Apple and Google in WGS-84. `label` names the marker; it
 * should carry nothing personal (the visit ID), since links travel in QR codes and messages.
 */
export function navigationLinks(point: GeoPoint, label: string): NavigationLinks {
  const wgs = convertPoint(point, 'wgs84');
  const gcj = convertPoint(point, 'gcj02');
  const bd = convertPoint(point, 'bd09');
  const name = encodeURIComponent(label);
  return {
    amap: `https://uri.amap.com/marker?position=${fixed(gcj.lng)},${fixed(gcj.lat)}&name=${name}&coordinate=gaode&callnative=1`,
    baidu: `https://api.map.baidu.com/marker?location=${fixed(bd.lat)},${fixed(bd.lng)}&title=${name}&content=${name}&output=html&coord_type=bd09ll&src=field-dispatch`,
    apple: `https://maps.apple.com/?ll=${fixed(wgs.lat)},${fixed(wgs.lng)}&q=${name}`,
    google: `https://www.google.com/maps/search/?api=1&query=${fixed(wgs.lat)},${fixed(wgs.lng)}`,
  };
}
