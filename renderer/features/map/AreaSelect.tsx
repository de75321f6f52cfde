import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { DrawnArea } from '../../../shared/logic/area-selection';
import { areaOf, type AreaStroke } from './area-pick';

export interface AreaSelectProps {
  /** An area was drawn (not a mere click): `additive` when Ctrl or Cmd was held. */
  onArea(area: DrawnArea, additive: boolean): void;
}

const LINE = { color: '#1f6feb', weight: 2, dashArray: '6 4', fillColor: '#1f6feb', fillOpacity: 0.08, interactive: false };

/**
 * The map's area mode: a drag draws a lasso, Shift+drag a box, shown as an SVG outline while the
 * pointer is down. The map stands still meanwhile (no panning, no Shift+drag zoom); both come
 * back when the mode ends. Mounted only while the mode is on.
 */
export function AreaSelect({ onArea }: AreaSelectProps) {
  const map = useMap();
  const onAreaRef = useRef(onArea);
  onAreaRef.current = onArea;

  useEffect(() => {
    const container = map.getContainer();
    const wasPanning = map.dragging.enabled();
    const wasBoxZooming = map.boxZoom.enabled();
    map.dragging.disable();
    map.boxZoom.disable();
    // Its own SVG layer: the visits are on canvas, and the outline is a path tests can find.
    const renderer = L.svg({ padding: 0.5 });
    let stroke: AreaStroke | null = null;
    let outline: L.Polygon | L.Rectangle | null = null;
    let clickGuard: (() => void) | null = null;

    const draw = (s: AreaStroke) => {
      const last = s.path[s.path.length - 1];
      if (s.shape === 'box') {
        const bounds = L.latLngBounds(s.path[0], last);
        if (outline instanceof L.Rectangle) outline.setBounds(bounds);
        else outline = L.rectangle(bounds, { ...LINE, renderer, className: 'plan-map__area' }).addTo(map);
      } else if (outline) {
        (outline as L.Polygon).setLatLngs(s.path);
      } else {
        outline = L.polygon(s.path, { ...LINE, renderer, className: 'plan-map__area' }).addTo(map);
      }
    };
    const clear = () => {
      outline?.remove();
      outline = null;
    };
    const point = (event: PointerEvent) => {
      const at = map.mouseEventToLatLng(event);
      return { at: { lat: at.lat, lng: at.lng }, pixel: { x: event.clientX, y: event.clientY } };
    };

    const onDown = (event: PointerEvent) => {
      // The zoom buttons and the attribution keep working.
      if (event.button !== 0 || (event.target instanceof Element && event.target.closest('.leaflet-control'))) return;
      const { at, pixel } = point(event);
      stroke = { shape: event.shiftKey ? 'box' : 'lasso', path: [at], pixels: [pixel], additive: event.ctrlKey || event.metaKey };
      container.setPointerCapture(event.pointerId);
      event.preventDefault();
    };
    const onMove = (event: PointerEvent) => {
      if (!stroke) return;
      const { at, pixel } = point(event);
      stroke.path.push(at);
      stroke.pixels.push(pixel);
      draw(stroke);
    };
    const onUp = (event: PointerEvent) => {
      if (!stroke) return;
      const done = stroke;
      stroke = null;
      clear();
      if (container.hasPointerCapture(event.pointerId)) container.releasePointerCapture(event.pointerId);
      const area = areaOf(done);
      if (!area) return;
      // The click that ends a drawn stroke must not also pick the visit under the pointer.
      const swallow = (click: MouseEvent) => click.stopPropagation();
      container.addEventListener('click', swallow, { capture: true, once: true });
      clickGuard = () => container.removeEventListener('click', swallow, { capture: true });
      setTimeout(() => clickGuard?.(), 0);
      onAreaRef.current(area, done.additive);
    };
    const onCancel = () => {
      stroke = null;
      clear();
    };

    container.addEventListener('pointerdown', onDown);
    container.addEventListener('pointermove', onMove);
    container.addEventListener('pointerup', onUp);
    container.addEventListener('pointercancel', onCancel);
    return () => {
      container.removeEventListener('pointerdown', onDown);
      container.removeEventListener('pointermove', onMove);
      container.removeEventListener('pointerup', onUp);
      container.removeEventListener('pointercancel', onCancel);
      clickGuard?.();
      clear();
      if (wasPanning) map.dragging.enable();
      if (wasBoxZooming) map.boxZoom.enable();
    };
  }, [map]);
  return null;
}
