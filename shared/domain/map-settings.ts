import { z } from 'zod';
import { CoordSystem } from './geo';

/** The basemaps the settings screen offers; `none` draws visits and routes on a plain background. */
export const BasemapKind = z.enum(['osm', 'tianditu', 'amap', 'custom', 'offline', 'none']);
export type BasemapKind = z.infer<typeof BasemapKind>;

/** A tile server's address with `{z}`, `{x}` and `{y}` (and optionally `{s}`), over http(s). */
export const TileTemplate = z
  .string()
  .trim()
  .max(1000)
  .refine((url) => /^https?:\/\/[^\s/]+/i.test(url) && ['{z}', '{x}', '{y}'].every((p) => url.includes(p)), {
    message: 'not a tile address with {z}, {x} and {y}',
  });

/** Raster formats an MBTiles file may hold that every browser draws. */
export const TileFormat = z.enum(['png', 'jpg', 'webp']);
export type TileFormat = z.infer<typeof TileFormat>;

/** What an MBTiles file says of itself (its `metadata` table, completed from its tiles). */
export const OfflineMapInfo = z.object({
  name: z.string().max(200),
  format: TileFormat,
  minZoom: z.number().int().min(0).max(30),
  maxZoom: z.number().int().min(0).max(30),
  /** West, south, east, north in degrees (of the tiles' own system); null when the file does not say. */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  attribution: z.string().max(1000),
  tileCount: z.number().int().min(0),
});
export type OfflineMapInfo = z.infer<typeof OfflineMapInfo>;

/**
 * The basemap and the coordinate system its tiles are drawn in. Tianditu's web-mercator layers are
 * CGCS2000, within centimetres of WGS-84; Amap's tiles are GCJ-02. An offline file says nothing
 * of its system, so the dispatcher names it (tiles cut from Amap are GCJ-02).
 */
export const Basemap = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('osm') }),
  z.object({ kind: z.literal('tianditu'), key: z.string().trim().min(1).max(100) }),
  z.object({ kind: z.literal('amap') }),
  z.object({ kind: z.literal('custom'), url: TileTemplate, system: CoordSystem, attribution: z.string().trim().max(500).default('') }),
  z.object({
    kind: z.literal('offline'),
    /** The MBTiles file on the machine that runs the back end. */
    path: z.string().trim().min(1).max(1000),
    system: CoordSystem,
    /** Filled in by the back end when it checks the file. */
    info: OfflineMapInfo.optional(),
  }),
  z.object({ kind: z.literal('none') }),
]);
export type Basemap = z.infer<typeof Basemap>;

/**
 * The workspace's map settings (issue 20): the basemap, and the coordinate system of imported
 * rows that name none (a file's own `coord_system` column or `--crs` wins).
 */
export const MapSettings = z.object({
  basemap: Basemap,
  importCoordSystem: CoordSystem,
});
export type MapSettings = z.infer<typeof MapSettings>;

export const DEFAULT_MAP_SETTINGS: MapSettings = { basemap: { kind: 'osm' }, importCoordSystem: 'wgs84' };

/** One offline tile as the back end answers it: its bytes (base64) and content type. */
export const OfflineTile = z.object({ contentType: z.string(), dataBase64: z.string() });
export type OfflineTile = z.infer<typeof OfflineTile>;
