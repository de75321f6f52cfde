import { describe, expect, it } from 'vitest';
import type { Basemap } from '../../../shared/domain';
import { basemapView, MAP_MAX_ZOOM, systemOf } from '../../../shared/logic/basemaps';

describe('basemap presets', () => {
  it('draw each preset in its own coordinate system', () => {
    const cases: [Basemap, string][] = [
      [{ kind: 'osm' }, 'wgs84'],
      [{ kind: 'tianditu', key: 'k' }, 'wgs84'],
      [{ kind: 'amap' }, 'gcj02'],
      [{ kind: 'custom', url: 'https://t.example/{z}/{x}/{y}.png', system: 'bd09', attribution: '' }, 'bd09'],
      [{ kind: 'offline', path: '/maps/city.mbtiles', system: 'gcj02' }, 'gcj02'],
      [{ kind: 'none' }, 'wgs84'],
    ];
    for (const [basemap, system] of cases) {
      expect(systemOf(basemap), basemap.kind).toBe(system);
      expect(basemapView(basemap, null).system, basemap.kind).toBe(system);
    }
  });

  it('name their tile servers and attributions; Tianditu has streets and labels with the key', () => {
    expect(basemapView({ kind: 'osm' }, null).layers).toEqual([
      expect.objectContaining({
        url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        source: 'url',
        attribution: expect.stringContaining('OpenStreetMap'),
      }),
    ]);
    const tianditu = basemapView({ kind: 'tianditu', key: 'a b&c' }, null).layers;
    expect(tianditu.map((l) => new URL(l.url.replace('{s}', '0')).pathname)).toEqual(['/vec_w/wmts', '/cva_w/wmts']);
    for (const l of tianditu) {
      const query = new URL(l.url.replace('{s}', '0')).searchParams;
      expect(query.get('tk')).toBe('a b&c');
      expect([query.get('TILEMATRIX'), query.get('TILEROW'), query.get('TILECOL')]).toEqual(['{z}', '{y}', '{x}']);
      expect(l.subdomains).toBe('01234567');
    }
    expect(tianditu[0].attribution).toContain('>Tianditu<');
    expect(basemapView({ kind: 'tianditu', key: 'k' }, null, 'zh').layers[0].attribution).toContain('>天地图<');
    const amap = basemapView({ kind: 'amap' }, null).layers[0];
    expect(amap.url).toContain('autonavi.com');
    expect(amap.attribution).toContain('Amap');
    expect(basemapView({ kind: 'amap' }, null, 'zh').layers[0].attribution).toContain('高德地图');
    expect(basemapView({ kind: 'none' }, null).layers).toEqual([]);
  });

  it("escape a person's or a file's attribution, which the map shows as HTML", () => {
    const custom = basemapView(
      { kind: 'custom', url: 'https://t.example/{z}/{x}/{y}.png', system: 'wgs84', attribution: '<img src=x onerror=alert(1)> © Us' },
      null,
    );
    expect(custom.layers[0].attribution).toBe('&#60;img src=x onerror=alert(1)&#62; © Us');
  });

  it('take offline tiles by URL where the transport serves them, else through the API, within the file’s zooms and bounds', () => {
    const offline: Basemap = {
      kind: 'offline',
      path: '/maps/city.mbtiles',
      system: 'wgs84',
      info: {
        name: 'c',
        format: 'png',
        minZoom: 10,
        maxZoom: 16,
        bounds: [121, 30.8, 122, 31.5],
        attribution: 'Tiles & data',
        tileCount: 9,
      },
    };
    const byUrl = basemapView(offline, '/tiles/{z}/{x}/{y}?token=t').layers[0];
    expect(byUrl).toMatchObject({ url: '/tiles/{z}/{x}/{y}?token=t', source: 'url', maxNativeZoom: 16, attribution: 'Tiles &#38; data' });
    expect(byUrl.bounds).toEqual([
      [30.8, 121],
      [31.5, 122],
    ]);
    expect(basemapView(offline, null).layers[0]).toMatchObject({ source: 'api', maxNativeZoom: 16 });
    expect(basemapView({ ...offline, info: undefined }, null).layers[0]).toMatchObject({ maxNativeZoom: MAP_MAX_ZOOM, bounds: null });
  });
});
