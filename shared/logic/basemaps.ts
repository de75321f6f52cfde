import type { Basemap, CoordSystem } from '../domain';
import { translate, type Language } from '../i18n';

/** One layer of tiles as the map loads it. */
export interface TileLayerSpec {
  /** A Leaflet URL template; for `source: 'api'` only a name (the tiles come through `map.tile`). */
  url: string;
  /** Where tiles come from: a URL, or the back end's API where no URL reaches it (the desktop app). */
  source: 'url' | 'api';
  subdomains: string;
  /** HTML, escaped here when it comes from a person or a file. */
  attribution: string;
  /** Deepest zoom the server has tiles for; deeper zooms enlarge those. */
  maxNativeZoom: number;
  /** South-west and north-east corners outside which no tile is asked for; null: everywhere. */
  bounds: [[number, number], [number, number]] | null;
}

/** What the map draws under the visits: its layers and the coordinate system they are drawn in. */
export interface BasemapView {
  system: CoordSystem;
  layers: TileLayerSpec[];
}

/** Zoom the map allows on every basemap; tiles beyond a server's own depth are enlarged. */
export const MAP_MAX_ZOOM = 19;

const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const tiandituAttribution = (language: Language) =>
  `&copy; <a href="https://www.tianditu.gov.cn/">${translate(language, 'basemap.attribution.tianditu')}</a>`;
const amapAttribution = (language: Language) =>
  `&copy; <a href="https://www.amap.com/">${translate(language, 'basemap.attribution.amap')}</a>`;

/** Tianditu's web-mercator WMTS layers (`_w`): `vec` the streets, `cva` their Chinese labels. */
function tiandituUrl(layer: 'vec' | 'cva', key: string): string {
  return (
    `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
    `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`
  );
}

const layer = (url: string, attribution: string, extra: Partial<TileLayerSpec> = {}): TileLayerSpec => ({
  url,
  source: 'url',
  subdomains: '',
  attribution,
  maxNativeZoom: MAP_MAX_ZOOM,
  bounds: null,
  ...extra,
});

/** The coordinate system a basemap's tiles are drawn in (CGCS2000 counts as WGS-84 at map scale). */
export function systemOf(basemap: Basemap): CoordSystem {
  switch (basemap.kind) {
    case 'amap':
      return 'gcj02';
    case 'custom':
    case 'offline':
      return basemap.system;
    default:
      return 'wgs84';
  }
}

/**
 * The layers of a basemap, attributions in the screen's language. `offlineTileUrl` is where the
 * back end serves an offline file's tiles by URL (`…/tiles/{z}/{x}/{y}`), or null when they come
 * through the API instead.
 */
export function basemapView(basemap: Basemap, offlineTileUrl: string | null, language: Language = 'en'): BasemapView {
  const system = systemOf(basemap);
  switch (basemap.kind) {
    case 'osm':
      return { system, layers: [layer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', OSM_ATTRIBUTION)] };
    case 'tianditu':
      return {
        system,
        layers: [
          layer(tiandituUrl('vec', basemap.key), tiandituAttribution(language), { subdomains: '01234567', maxNativeZoom: 18 }),
          layer(tiandituUrl('cva', basemap.key), '', { subdomains: '01234567', maxNativeZoom: 18 }),
        ],
      };
    case 'amap':
      return {
        system,
        layers: [
          layer(
            'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
            amapAttribution(language),
            {
              subdomains: '1234',
              maxNativeZoom: 18,
            },
          ),
        ],
      };
    case 'custom':
      return { system, layers: [layer(basemap.url, escapeHtml(basemap.attribution), { subdomains: 'abc' })] };
    case 'offline': {
      const info = basemap.info;
      const [west, south, east, north] = info?.bounds ?? [];
      return {
        system,
        layers: [
          layer(offlineTileUrl ?? 'offline', escapeHtml(info?.attribution ?? ''), {
            source: offlineTileUrl ? 'url' : 'api',
            maxNativeZoom: info ? Math.min(info.maxZoom, MAP_MAX_ZOOM) : MAP_MAX_ZOOM,
            bounds: info?.bounds
              ? [
                  [south!, west!],
                  [north!, east!],
                ]
              : null,
          }),
        ],
      };
    }
    case 'none':
      return { system, layers: [] };
  }
}

/** Text from a person or a file shown as the attribution (Leaflet reads it as HTML). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
