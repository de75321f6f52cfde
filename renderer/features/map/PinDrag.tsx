import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { LatLngTuple } from './map-model';

export interface PinDragProps {
  visitId: string;
  position: LatLngTuple;
  /** Accessible name of the pin (the keyboard way is the coordinate fields of the edit form). */
  label: string;
  onMoved(visitId: string, lat: number, lng: number): void;
}

/**
 * A draggable pin over the visit being edited: dropping it somewhere else gives the new place in
 * the basemap's system (PlanMap turns it back into WGS-84 for the edit form). Nothing is saved
 * until the form is.
 */
export function PinDrag({ visitId, position, label, onMoved }: PinDragProps) {
  const map = useMap();
  const onMovedRef = useRef(onMoved);
  onMovedRef.current = onMoved;
  const [lat, lng] = position;

  useEffect(() => {
    const icon = L.divIcon({ className: 'pin-drag', html: '<span aria-hidden="true"></span>', iconSize: [22, 22], iconAnchor: [11, 22] });
    const marker = L.marker([lat, lng], { draggable: true, icon, title: label, alt: label, keyboard: false, zIndexOffset: 1000 });
    marker.on('dragend', () => {
      const at = marker.getLatLng();
      onMovedRef.current(visitId, at.lat, at.lng);
    });
    marker.addTo(map);
    // A named image for assistive technology; it takes no focus (the form's coordinate fields are the keyboard way).
    const element = marker.getElement();
    element?.setAttribute('role', 'img');
    element?.setAttribute('aria-label', label);
    return () => {
      marker.remove();
    };
  }, [map, visitId, lat, lng, label]);
  return null;
}
