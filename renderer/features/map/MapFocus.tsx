import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LatLngTuple } from './map-model';

/**
 * Brings a visit picked in another view into sight (panning only when it is off screen), and
 * records where the focused visit is drawn, as data attributes tests and tools can read.
 */
export function MapFocus({
  visitId,
  position,
  shouldPan,
  host,
}: {
  visitId: string | null;
  position: LatLngTuple | null;
  shouldPan: boolean;
  host: HTMLElement | null;
}) {
  const map = useMap();
  useEffect(() => {
    if (position && shouldPan && !map.getBounds().contains(position)) map.panTo(position, { animate: false });
  }, [map, position, shouldPan]);

  useEffect(() => {
    if (!host) return;
    const record = () => {
      if (!position || visitId === null) {
        host.removeAttribute('data-focus-point');
        host.removeAttribute('data-focus-visit');
        return;
      }
      const point = map.latLngToContainerPoint(position);
      host.setAttribute('data-focus-point', `${Math.round(point.x)},${Math.round(point.y)}`);
      host.setAttribute('data-focus-visit', visitId);
    };
    record();
    map.on('moveend zoomend resize', record);
    return () => {
      map.off('moveend zoomend resize', record);
    };
  }, [map, visitId, position, host]);
  return null;
}
