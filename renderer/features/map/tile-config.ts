import L from 'leaflet';
import type { OfflineTile } from '../../../shared/domain';
import type { TileLayerSpec } from '../../../shared/logic/basemaps';

/** Asks the back end for one offline tile (`map.tile`). */
export type FetchTile = (at: { z: number; x: number; y: number }) => Promise<OfflineTile | null>;

/** Leaflet's options for one of the basemap's layers (see shared/logic/basemaps.ts for the presets). */
export function tileLayerOptions(spec: TileLayerSpec): L.TileLayerOptions {
  return {
    attribution: spec.attribution,
    maxNativeZoom: spec.maxNativeZoom,
    ...(spec.subdomains && { subdomains: spec.subdomains }),
    ...(spec.bounds && { bounds: L.latLngBounds(spec.bounds) }),
  };
}

/**
 * Offline tiles where the transport has no URL for them (the desktop app over IPC): each tile is
 * asked for through the API and drawn from a data: URL. A tile the file lacks stays blank.
 */
export class ApiTileLayer extends L.TileLayer {
  private readonly fetchTile: FetchTile;

  constructor(fetchTile: FetchTile, options: L.TileLayerOptions) {
    super('', options);
    this.fetchTile = fetchTile;
  }

  override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const tile = document.createElement('img');
    tile.alt = '';
    tile.setAttribute('role', 'presentation');
    this.fetchTile({ z: coords.z, x: coords.x, y: coords.y }).then(
      (found) => {
        if (!found) return done(undefined, tile);
        tile.onload = () => done(undefined, tile);
        tile.onerror = () => done(new Error('tile not drawable'), tile);
        tile.src = `data:${found.contentType};base64,${found.dataBase64}`;
      },
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), tile),
    );
    return tile;
  }
}

/** A Leaflet layer for one spec: plain URLs, or through the API. */
export function createTileLayer(spec: TileLayerSpec, fetchTile: FetchTile): L.TileLayer {
  const options = tileLayerOptions(spec);
  return spec.source === 'api' ? new ApiTileLayer(fetchTile, options) : L.tileLayer(spec.url, options);
}
