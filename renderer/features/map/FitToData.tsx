import { useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { allPositions, framingPositions, type MapModel } from './map-model';

/**
 * Keeps the drawn points in view: fits when the set of points changes (not when only colours do),
 * and again when the map's box changes size, until the user pans or zooms by hand.
 */
export function FitToData({ model }: { model: MapModel }) {
  const map = useMap();
  const positions = useMemo(() => framingPositions(allPositions(model)), [model]);
  const signature = positions.length === 0 ? '' : `${positions.length}:${positions[0].join()}:${positions[positions.length - 1].join()}`;
  const latest = useRef({ positions, hasUserMoved: false });
  latest.current.positions = positions;

  useEffect(() => {
    const fit = () => {
      const points = latest.current.positions;
      if (points.length > 0) map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15, animate: false });
    };
    latest.current.hasUserMoved = false;
    fit();
    // Leaflet measures its box once; the layout around it can still change (panels loading).
    const observer = new ResizeObserver(() => {
      map.invalidateSize({ pan: false });
      if (!latest.current.hasUserMoved) fit();
    });
    observer.observe(map.getContainer());
    const userMoved = () => { latest.current.hasUserMoved = true; };
    const container = map.getContainer();
    container.addEventListener('pointerdown', userMoved);
    container.addEventListener('wheel', userMoved, { passive: true });
    container.addEventListener('keydown', userMoved);
    return () => {
      observer.disconnect();
      container.removeEventListener('pointerdown', userMoved);
      container.removeEventListener('wheel', userMoved);
      container.removeEventListener('keydown', userMoved);
    };
  }, [map, signature]);
  return null;
}
