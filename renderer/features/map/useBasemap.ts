import { useMemo } from 'react';
import type { BasemapKind } from '../../../shared/domain';
import { basemapView, type BasemapView } from '../../../shared/logic/basemaps';
import { useApiClient } from '../../api/ApiProvider';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/useT';

/** The basemap on the map: which preset, its layers and the system it draws in. */
export type ShownBasemap = BasemapView & { kind: BasemapKind };

/** No tiles, WGS-84: what the map draws on when the workspace's map settings cannot be read. */
const PLAIN: BasemapView = { system: 'wgs84', layers: [] };

/**
 * The workspace's basemap (settings.map) as the map draws it, or null while it loads (no tiles
 * are asked for meanwhile, so a blocked default server is never tried first).
 */
export function useBasemap(): ShownBasemap | null {
  const client = useApiClient();
  const { language } = useT();
  const settings = useApiQuery('settings.map', {});
  const basemap = settings.data?.basemap;
  const failed = settings.error !== null && settings.error !== undefined;
  return useMemo(() => {
    if (basemap) return { kind: basemap.kind, ...basemapView(basemap, client.offlineTileUrl ?? null, language) };
    return failed ? { kind: 'none', ...PLAIN } : null;
  }, [basemap, failed, client.offlineTileUrl, language]);
}
