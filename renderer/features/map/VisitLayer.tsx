import { useEffect, useRef, useState } from 'react';
import type L from 'leaflet';
import { useMap, useMapEvent } from 'react-leaflet';
import type { PickModifiers } from '../../state/selection';
import type { MapVisit } from './map-model';
import { isOnTop, markerLook, NUMBERS_FROM_ZOOM } from './marker-look';
import { VisitMarker } from './visit-marker';

export interface VisitLayerProps {
  visits: readonly MapVisit[];
  selectedIds: ReadonlySet<string>;
  /** Officers whose routes are emphasised (those of selected visits): their stops show numbers. */
  emphasised: ReadonlySet<string>;
  onPick(visitId: string, modifiers: PickModifiers): void;
  onDragPress(event: MouseEvent, visitId: string, label: string): void;
}

interface Entry {
  marker: VisitMarker;
  visit: MapVisit;
  onTop: boolean;
  isSelected: boolean;
}

/**
 * Every visit as a canvas marker, managed by hand rather than as 5,000 React children: each
 * update compares a marker's look and touches only the markers that changed.
 */
export function VisitLayer({ visits, selectedIds, emphasised, onPick, onDragPress }: VisitLayerProps) {
  const map = useMap();
  const entries = useRef(new Map<string, Entry>());
  const handlers = useRef({ onPick, onDragPress });
  handlers.current = { onPick, onDragPress };
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent('zoomend', () => setZoom(map.getZoom()));

  useEffect(() => {
    const showAll = zoom >= NUMBERS_FROM_ZOOM;
    const seen = new Set<string>();
    for (const visit of visits) {
      seen.add(visit.id);
      let entry = entries.current.get(visit.id);
      if (!entry) {
        entry = { marker: createMarker(visit, map, entries.current, handlers), visit, onTop: false, isSelected: false };
        entries.current.set(visit.id, entry);
      } else if (entry.visit.position !== visit.position) {
        entry.marker.setLatLng(visit.position);
      }
      entry.visit = visit;
      const isSelected = selectedIds.has(visit.id);
      entry.marker.setLook(markerLook(visit, isSelected, visit.officerId !== null && emphasised.has(visit.officerId), showAll));
      // A newly selected visit goes above everything, flagged neighbours included: it is the one
      // a press on that spot should pick up.
      const onTop = isOnTop(visit, isSelected);
      if ((onTop && !entry.onTop) || (isSelected && !entry.isSelected)) entry.marker.bringToFront();
      entry.onTop = onTop;
      entry.isSelected = isSelected;
    }
    for (const [id, entry] of entries.current) {
      if (seen.has(id)) continue;
      entry.marker.remove();
      entries.current.delete(id);
    }
  }, [map, visits, selectedIds, emphasised, zoom]);

  useEffect(() => {
    const all = entries.current;
    return () => {
      for (const entry of all.values()) entry.marker.remove();
      all.clear();
    };
  }, [map]);
  return null;
}

function createMarker(
  visit: MapVisit,
  map: L.Map,
  entries: Map<string, Entry>,
  handlers: { current: Pick<VisitLayerProps, 'onPick' | 'onDragPress'> },
): VisitMarker {
  const marker = new VisitMarker(visit.position, { radius: 5, fillOpacity: 0.9, interactive: true, bubblingMouseEvents: false });
  const id = visit.id;
  const label = () => entries.get(id)?.visit.label ?? id;
  marker.bindTooltip(() => label(), { direction: 'top', offset: [0, -6] });
  marker.on('click', (e: L.LeafletMouseEvent) => {
    const event = e.originalEvent;
    handlers.current.onPick(id, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey });
  });
  marker.on('mousedown', (e: L.LeafletMouseEvent) => {
    // Keep the map still: this press may become a drag of the visit, not a pan.
    e.originalEvent.stopPropagation();
    map.dragging.disable();
    window.addEventListener('pointerup', () => map.dragging.enable(), { once: true });
    handlers.current.onDragPress(e.originalEvent, id, label());
  });
  marker.addTo(map);
  return marker;
}
