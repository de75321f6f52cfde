import type { Handlers } from '../../shared/api/contract';
import type { MapSettings } from '../../shared/domain';
import type { Repos } from './db/repos';
import type { OfflineTiles } from './map/offline-tiles';

type MapMethod = 'settings.map' | 'settings.setMap' | 'map.checkOffline' | 'map.tile';

/** The map's settings and its offline tiles (issue 20). */
export function createMapHandlers(repos: Repos, tiles: OfflineTiles): Pick<Handlers, MapMethod> {
  return {
    'settings.map': () => repos.settings.mapSettings(),
    'settings.setMap': (requested) => {
      const settings = withCheckedFile(requested, tiles);
      repos.transaction(() => {
        repos.settings.setMapSettings(settings);
        repos.audit.append({ action: 'settings.map', entity: 'settings', entityId: 'map', detail: auditDetail(settings) });
      });
      return repos.settings.mapSettings();
    },
    'map.checkOffline': ({ path }) => tiles.inspect(path),
    'map.tile': ({ z, x, y }) => {
      const { basemap } = repos.settings.mapSettings();
      if (basemap.kind !== 'offline') return null;
      const tile = tiles.tile(basemap.path, z, x, y);
      return tile && { contentType: tile.contentType, dataBase64: tile.bytes.toString('base64') };
    },
  };
}

/** An offline basemap is stored with its file's absolute path and what the file says of itself, once checked. */
function withCheckedFile(settings: MapSettings, tiles: OfflineTiles): MapSettings {
  const { basemap } = settings;
  if (basemap.kind !== 'offline') return settings;
  const path = tiles.resolve(basemap.path);
  return { ...settings, basemap: { ...basemap, path, info: tiles.inspect(path) } };
}

/** The audit log names the choice, not the map service's key. */
function auditDetail(settings: MapSettings): unknown {
  const { basemap } = settings;
  return basemap.kind === 'tianditu' ? { ...settings, basemap: { kind: basemap.kind, key: '(set)' } } : settings;
}
