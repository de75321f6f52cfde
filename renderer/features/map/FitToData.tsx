import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { allPositions, framingPositions, type MapModel } from './map-model';

/**
 * Keeps the drawn points in view: fits when the set of points changes (not when only colours or
 * routes do, as after an edit), and again when the map's box changes size, until the user starts
 * working (a press anywhere, a wheel or a key on the map): from then on the map stays where it is.
 */
export function FitToData({ model }: { model: MapModel }) {
  const map = useMap();
  const latest = useRef({ model, hasUserMoved: false });
  latest.current.model = model;
  const signature = pointsSignature(model);

  useEffect(() => {
    const points = framingPositions(allPositions(latest.current.model));
    const fit = () => {
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
    const userMoved = () => {
      latest.current.hasUserMoved = true;
    };
    const container = map.getContainer();
    document.addEventListener('pointerdown', userMoved);
    container.addEventListener('wheel', userMoved, { passive: true });
    container.addEventListener('keydown', userMoved);
    return () => {
      observer.disconnect();
      document.removeEventListener('pointerdown', userMoved);
      container.removeEventListener('wheel', userMoved);
      container.removeEventListener('keydown', userMoved);
    };
  }, [map, signature]);
  return null;
}

/** Cheap identity of the point set: counts and the first and last points of each list. */
function pointsSignature(model: MapModel): string {
  const v = model.visits;
  const o = model.officers;
  return [
    v.length,
    v[0]?.position.join(),
    v[v.length - 1]?.position.join(),
    o.length,
    o[0]?.position.join(),
    o[o.length - 1]?.position.join(),
  ].join('|');
}
