// @vitest-environment jsdom
import L from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import { ApiTileLayer, createTileLayer } from '../../../../renderer/features/map/tile-config';
import { basemapView } from '../../../../shared/logic/basemaps';

const offline = basemapView({ kind: 'offline', path: '/m/c.mbtiles', system: 'wgs84' }, null).layers[0];

describe('offline tiles in the desktop app (through map.tile)', () => {
  it('asks the API for each tile and draws it from a data: URL; a tile the file lacks is done and blank', async () => {
    const fetchTile = vi.fn(async ({ x }: { z: number; x: number; y: number }) =>
      x === 1 ? { contentType: 'image/png', dataBase64: 'iVBORw0KGgo=' } : null,
    );
    const created = createTileLayer(offline, fetchTile);
    expect(created).toBeInstanceOf(ApiTileLayer);
    // Leaflet calls createTile itself (protected in its typings); the test calls it as Leaflet would.
    const layer = created as unknown as { createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement };
    const done = vi.fn();
    const found = layer.createTile(Object.assign(L.point(1, 2), { z: 3 }) as L.Coords, done) as HTMLImageElement;
    const missing = layer.createTile(Object.assign(L.point(0, 2), { z: 3 }) as L.Coords, done) as HTMLImageElement;
    await vi.waitFor(() => expect(found.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo='));
    expect(fetchTile).toHaveBeenCalledWith({ z: 3, x: 1, y: 2 });
    await vi.waitFor(() => expect(done).toHaveBeenCalledWith(undefined, missing));
    expect(missing.getAttribute('src')).toBeNull();
    expect(found.alt).toBe('');
  });

  it('loads tiles by URL where the transport serves them (the browser build)', () => {
    const byUrl = basemapView({ kind: 'offline', path: '/m/c.mbtiles', system: 'wgs84' }, '/tiles/{z}/{x}/{y}?token=t').layers[0];
    const layer = createTileLayer(byUrl, vi.fn());
    expect(layer).not.toBeInstanceOf(ApiTileLayer);
    // Leaflet's own template (its zoom for a URL needs a map, so the template is read as set).
    expect((layer as unknown as { _url: string })._url).toBe('/tiles/{z}/{x}/{y}?token=t');
    expect(layer.options.maxNativeZoom).toBe(19);
  });
});
