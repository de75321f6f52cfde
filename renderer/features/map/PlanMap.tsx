import { memo, useCallback, useMemo, useState } from 'react';
import type { DrawnArea } from '../../../shared/logic/area-selection';
import { MapContainer } from 'react-leaflet';
import { MAP_MAX_ZOOM } from '../../../shared/logic/basemaps';
import { fromDisplay } from '../../../shared/logic/display-coords';
import { useT } from '../../i18n/useT';
import { useDragController } from '../../state/DragProvider';
import { isPickedElsewhere, pick, type PickModifiers } from '../../state/selection';
import { useSelection, useSelectionStore } from '../../state/SelectionProvider';
import { AreaSelect } from './AreaSelect';
import { BasemapLayers } from './BasemapLayers';
import { pickArea, visitIdsIn } from './area-pick';
import { FitToData } from './FitToData';
import { MapFocus } from './MapFocus';
import { MapLegend } from './MapLegend';
import type { MapModel } from './map-model';
import { OfficerPlaces } from './OfficerPlaces';
import { PinDrag } from './PinDrag';
import { RouteLayer } from './RouteLayer';
import type { ShownBasemap } from './useBasemap';
import { VisitLayer } from './VisitLayer';
import { MapTerritories } from '../territories/MapTerritories';

const DEFAULT_CENTER: [number, number] = [31.23, 121.47];

/**
 * The day on a map: visits as canvas shapes coloured by officer, routes as lines in the officer's
 * colour, officers' start and end places. Picking a visit here selects it in every view, and a
 * visit can be dragged from here onto the timeline; in area mode a drawn lasso or box selects the
 * visits inside instead. The data attributes count what was handed to
 * Leaflet, so tests can check the drawing without reading canvas pixels.
 */
function PlanMapView({ model, basemap, pinOf = null, onPinMoved, areaMode = false, onAreaSelected }: PlanMapProps) {
  const { t } = useT();
  const system = basemap?.system ?? 'wgs84';
  const selection = useSelection();
  const store = useSelectionStore();
  const drag = useDragController();
  const [host, setHost] = useState<HTMLElement | null>(null);

  const byId = useMemo(() => new Map(model.visits.map((v) => [v.id, v])), [model.visits]);
  const emphasised = useMemo(() => {
    const officers = new Set<string>();
    for (const id of selection.ids) {
      const officerId = byId.get(id)?.officerId;
      if (officerId) officers.add(officerId);
    }
    return officers;
  }, [selection.ids, byId]);
  const pinned = pinOf !== null ? byId.get(pinOf) : undefined;
  const focus = selection.focusId !== null ? (byId.get(selection.focusId)?.position ?? null) : null;

  const onPick = useCallback(
    (visitId: string, modifiers: PickModifiers) => {
      store.update((s) => pick(s, visitId, modifiers, 'map'));
    },
    [store],
  );
  // A pin is dropped on the basemap's system; the edit form takes WGS-84.
  const onPinDropped = useCallback(
    (visitId: string, lat: number, lng: number) => {
      const at = fromDisplay({ lat, lng }, system);
      onPinMoved?.(visitId, at.lat, at.lng);
    },
    [onPinMoved, system],
  );
  const onDragPress = useCallback((event: MouseEvent, visitId: string, label: string) => drag.press(event, visitId, label), [drag]);
  const onArea = useCallback(
    (area: DrawnArea, additive: boolean) => {
      store.update((s) => pickArea(s, visitIdsIn(model.visits, area), additive));
      onAreaSelected?.(store.get().ids.size);
    },
    [store, model.visits, onAreaSelected],
  );

  return (
    <section
      ref={setHost}
      className={areaMode ? 'plan-map plan-map--area' : 'plan-map'}
      aria-label={t('map.label')}
      data-area-mode={areaMode}
      data-basemap={basemap?.kind}
      data-basemap-system={basemap?.system}
      data-visit-count={model.visits.length}
      data-route-count={model.routes.length}
      data-officer-count={model.officers.length}
      data-unassigned-count={model.visits.filter((v) => v.isUnassigned).length}
      data-violation-count={model.visits.filter((v) => v.hasViolation).length}
      data-selected-count={selection.ids.size}
    >
      <MapContainer center={DEFAULT_CENTER} zoom={11} maxZoom={MAP_MAX_ZOOM} preferCanvas className="plan-map__leaflet">
        <BasemapLayers view={basemap} />
        <RouteLayer routes={model.routes} emphasised={emphasised} />
        <VisitLayer visits={model.visits} selectedIds={selection.ids} emphasised={emphasised} onPick={onPick} onDragPress={onDragPress} />
        <OfficerPlaces officers={model.officers} />
        {pinned && onPinMoved && (
          <PinDrag visitId={pinned.id} position={pinned.position} label={t('map.pinDrag', { id: pinned.id })} onMoved={onPinDropped} />
        )}
        {areaMode && <AreaSelect onArea={onArea} />}
        <MapTerritories system={system} host={host} />
        <FitToData model={model} />
        <MapFocus visitId={focus ? selection.focusId : null} position={focus} shouldPan={isPickedElsewhere(selection, 'map')} host={host} />
      </MapContainer>
      <MapLegend />
      {areaMode && <p className="plan-map__area-hint">{t('area.hint')}</p>}
    </section>
  );
}

export interface PlanMapProps {
  /** Every point already in the basemap's system (buildMapModel with `basemap.system`). */
  model: MapModel;
  /** The workspace's basemap; null while it loads (no tiles meanwhile). */
  basemap: ShownBasemap | null;
  /** The visit whose pin can be dragged to a new place (its edit form is open), and where it was dropped (WGS-84). */
  pinOf?: string | null;
  onPinMoved?(visitId: string, lat: number, lng: number): void;
  /** Area mode: a drag draws a lasso (Shift: a box) and the visits inside become the selection. */
  areaMode?: boolean;
  /** An area was drawn; `count` visits are now selected. */
  onAreaSelected?(count: number): void;
}

/** Memoised: it redraws when its model changes (a paint after the timeline), not with every board render. */
export const PlanMap = memo(PlanMapView);
