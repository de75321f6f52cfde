import { z } from 'zod';

/**
 * Coordinate systems met in practice: WGS-84 (GPS, OpenStreetMap), GCJ-02 (Chinese maps such as
 * AMap/Tencent) and BD-09 (Baidu). Everything is stored as imported and converted to WGS-84 for
 * travel times and the map.
 */
export const CoordSystem = z.enum(['wgs84', 'gcj02', 'bd09']);
export type CoordSystem = z.infer<typeof CoordSystem>;

/** A point on the map in degrees, tagged with the system its numbers are in. */
export const GeoPoint = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  system: CoordSystem,
});
export type GeoPoint = z.infer<typeof GeoPoint>;

/** A WGS-84 point in degrees, the only kind the planner and the map compute with. */
export interface LatLng {
  lat: number;
  lng: number;
}
