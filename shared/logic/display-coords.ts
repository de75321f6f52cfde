import type { CoordSystem, GeoPoint, LatLng } from '../domain';
import { convertPoint, toWgs84 } from './coords';

/**
 * The one rule for drawing on a basemap: a point goes to the basemap's own system, so a visit
 * imported in GCJ-02 and drawn on Amap's GCJ-02 tiles sits on its building, and a WGS-84 one on
 * OpenStreetMap's. Every point the map draws (visits, officers' places, routes) comes through here.
 */
export function toDisplay(point: GeoPoint, basemapSystem: CoordSystem): LatLng {
  return convertPoint(point, basemapSystem);
}

/** A place picked on the map (a dragged pin, a drawn corner) back in WGS-84, the system we store. */
export function fromDisplay(at: LatLng, basemapSystem: CoordSystem): LatLng {
  return toWgs84({ lat: at.lat, lng: at.lng, system: basemapSystem });
}
