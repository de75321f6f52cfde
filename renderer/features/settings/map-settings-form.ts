import { Basemap, TileTemplate, type BasemapKind, type CoordSystem, type MapSettings, type OfflineMapInfo } from '../../../shared/domain';
import type { MessageKey } from '../../i18n/language';

/** The map section's fields as typed, every preset's kept while another is chosen. */
export interface MapDraft {
  kind: BasemapKind;
  tiandituKey: string;
  customUrl: string;
  customSystem: CoordSystem;
  customAttribution: string;
  offlinePath: string;
  offlineSystem: CoordSystem;
  offlineInfo: OfflineMapInfo | null;
  importCoordSystem: CoordSystem;
}

/** The form as the stored settings fill it. */
export function draftOf(settings: MapSettings): MapDraft {
  const { basemap } = settings;
  return {
    kind: basemap.kind,
    tiandituKey: basemap.kind === 'tianditu' ? basemap.key : '',
    customUrl: basemap.kind === 'custom' ? basemap.url : '',
    customSystem: basemap.kind === 'custom' ? basemap.system : 'wgs84',
    customAttribution: basemap.kind === 'custom' ? basemap.attribution : '',
    offlinePath: basemap.kind === 'offline' ? basemap.path : '',
    offlineSystem: basemap.kind === 'offline' ? basemap.system : 'wgs84',
    offlineInfo: basemap.kind === 'offline' ? (basemap.info ?? null) : null,
    importCoordSystem: settings.importCoordSystem,
  };
}

/** The settings to store, or the field that keeps them from being stored and why. */
export type DraftResult = { ok: true; settings: MapSettings } | { ok: false; field: keyof MapDraft; problem: MessageKey };

/** Reads the form: only the chosen preset's fields count, each checked as the back end would. */
export function settingsOf(draft: MapDraft): DraftResult {
  const basemap = basemapOf(draft);
  if (!basemap.ok) return basemap;
  return { ok: true, settings: { basemap: basemap.value, importCoordSystem: draft.importCoordSystem } };
}

function basemapOf(draft: MapDraft): { ok: true; value: Basemap } | { ok: false; field: keyof MapDraft; problem: MessageKey } {
  switch (draft.kind) {
    case 'tianditu':
      if (draft.tiandituKey.trim() === '') return { ok: false, field: 'tiandituKey', problem: 'mapSettings.needKey' };
      return { ok: true, value: { kind: 'tianditu', key: draft.tiandituKey.trim() } };
    case 'custom':
      if (!TileTemplate.safeParse(draft.customUrl).success) return { ok: false, field: 'customUrl', problem: 'mapSettings.badUrl' };
      return {
        ok: true,
        value: Basemap.parse({ kind: 'custom', url: draft.customUrl, system: draft.customSystem, attribution: draft.customAttribution }),
      };
    case 'offline':
      if (draft.offlinePath.trim() === '') return { ok: false, field: 'offlinePath', problem: 'mapSettings.needPath' };
      return { ok: true, value: { kind: 'offline', path: draft.offlinePath.trim(), system: draft.offlineSystem } };
    default:
      return { ok: true, value: { kind: draft.kind } as Basemap };
  }
}
