import path from 'node:path';
import type { OfflineMapInfo } from '../../../shared/domain';
import { openMbtiles, type MbtilesOptions, type MbtilesReader, type TileBytes } from './mbtiles';

export type OfflineTiles = ReturnType<typeof createOfflineTiles>;

/**
 * The offline basemap's file, kept open between tiles (a map view asks for dozens at once) and
 * opened again when the workspace names another file. A file that went missing answers no tiles.
 */
export function createOfflineTiles(options: MbtilesOptions = {}) {
  let open: { file: string; reader: MbtilesReader } | null = null;

  const readerOf = (file: string): MbtilesReader | null => {
    if (open?.file === file) return open.reader;
    close();
    try {
      open = { file, reader: openMbtiles(file, options) };
      return open.reader;
    } catch {
      return null;
    }
  };
  function close(): void {
    open?.reader.close();
    open = null;
  }

  return {
    /** Where a typed path points: relative paths are read from the back end's working folder. */
    resolve: (file: string) => path.resolve(file),
    /** Checks a file without keeping it open (the settings screen's Check). */
    inspect(file: string): OfflineMapInfo {
      const reader = openMbtiles(path.resolve(file), options);
      reader.close();
      return reader.info;
    },
    tile(file: string, z: number, x: number, y: number): TileBytes | null {
      return readerOf(file)?.tile(z, x, y) ?? null;
    },
    close,
  };
}
