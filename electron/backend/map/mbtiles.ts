import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { AppError, badInput } from '../../../shared/api/errors';
import type { OfflineMapInfo, TileFormat } from '../../../shared/domain';
import { message } from '../../../shared/i18n';

/** How the MBTiles file is opened: the Electron build of better-sqlite3 inside the desktop app. */
export interface MbtilesOptions {
  nativeBinding?: string;
}

/** One tile's bytes and the content type they are served with. */
export interface TileBytes {
  bytes: Buffer;
  contentType: string;
}

/** An open MBTiles file, read-only. */
export interface MbtilesReader {
  readonly info: OfflineMapInfo;
  /** The tile at XYZ numbering (the map's), or null where the file has none. */
  tile(z: number, x: number, y: number): TileBytes | null;
  close(): void;
}

const CONTENT_TYPES: Record<TileFormat, string> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

/**
 * Opens an MBTiles file (https://github.com/mapbox/mbtiles-spec) read-only and checks it is one the
 * map can draw: a `tiles` table, raster tiles (png, jpg, webp, from `metadata` or the tiles' own
 * bytes), at least one tile. Refusals name the file in both languages.
 */
export function openMbtiles(path: string, options: MbtilesOptions = {}): MbtilesReader {
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch {
    throw badInput(message('mbtiles.cannotOpen', { path }));
  }
  try {
    const info = describe(db, path);
    // MBTiles numbers rows from the south (TMS); the map from the north (XYZ).
    const read = db.prepare<[number, number, number], { tile_data: Buffer }>(
      'SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?',
    );
    const contentType = CONTENT_TYPES[info.format];
    return {
      info,
      tile(z, x, y) {
        const size = 2 ** z;
        if (x >= size || y >= size) return null;
        const row = read.get(z, x, size - 1 - y);
        return row?.tile_data ? { bytes: row.tile_data, contentType } : null;
      },
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

function describe(db: Db, path: string): OfflineMapInfo {
  let metadata: Map<string, string>;
  try {
    const columns = new Set(
      db
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('tiles')`)
        .all()
        .map((c) => c.name),
    );
    if (!['zoom_level', 'tile_column', 'tile_row', 'tile_data'].every((c) => columns.has(c))) {
      throw badInput(message('mbtiles.notMbtiles', { path }));
    }
    metadata = readMetadata(db);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Not SQLite at all (SQLITE_NOTADB): a file that cannot be opened as a map.
    throw badInput(message('mbtiles.cannotOpen', { path }));
  }
  const zooms = db
    .prepare<[], { low: number | null; high: number | null; count: number }>(
      'SELECT MIN(zoom_level) AS low, MAX(zoom_level) AS high, COUNT(*) AS count FROM tiles',
    )
    .get()!;
  if (zooms.count === 0) throw badInput(message('mbtiles.empty', { path }));
  const format = formatOf(db, metadata.get('format'), path);
  return {
    name: (metadata.get('name') ?? '').slice(0, 200),
    format,
    minZoom: intOr(metadata.get('minzoom'), zooms.low!),
    maxZoom: intOr(metadata.get('maxzoom'), zooms.high!),
    bounds: boundsOf(metadata.get('bounds')),
    attribution: (metadata.get('attribution') ?? '').slice(0, 1000),
    tileCount: zooms.count,
  };
}

/** The `metadata` table as name → value; a file without one (allowed by old versions) has none. */
function readMetadata(db: Db): Map<string, string> {
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'metadata'`).get() !== undefined;
  if (!hasTable) return new Map();
  const rows = db.prepare<[], { name: string; value: string }>('SELECT name, value FROM metadata').all();
  return new Map(rows.map((r) => [String(r.name).toLowerCase(), String(r.value)]));
}

/** The tiles' format as `metadata` says, else as the first tile's bytes show. */
function formatOf(db: Db, declared: string | undefined, path: string): TileFormat {
  const said = declared?.trim().toLowerCase();
  const format =
    said === 'jpeg'
      ? 'jpg'
      : (said ?? sniff(db.prepare<[], { tile_data: Buffer }>('SELECT tile_data FROM tiles LIMIT 1').get()?.tile_data));
  if (format === 'png' || format === 'jpg' || format === 'webp') return format;
  if (format === 'pbf' || format === 'mvt') throw badInput(message('mbtiles.vector', { path, format }));
  throw badInput(message('mbtiles.badFormat', { path, format: format ?? '?' }));
}

/** Recognises a tile by its first bytes (PNG, JPEG, WebP; gzip is vector tiles). */
function sniff(bytes: Buffer | undefined): string | undefined {
  if (!bytes || bytes.length < 12) return undefined;
  if (bytes[0] === 0x89 && bytes.toString('latin1', 1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'pbf';
  return undefined;
}

function intOr(text: string | undefined, fallback: number): number {
  const value = text === undefined ? NaN : Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 30 ? value : fallback;
}

/** `left,bottom,right,top` in degrees, or null when missing or not four numbers in range. */
function boundsOf(text: string | undefined): [number, number, number, number] | null {
  const parts = text?.split(',').map((p) => Number(p.trim()));
  if (!parts || parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) return null;
  const [west, south, east, north] = parts;
  if (west >= east || south >= north || Math.abs(south) > 90 || Math.abs(north) > 90) return null;
  return [west, south, east, north];
}
