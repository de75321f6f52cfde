import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { CoordSystem, LatLng } from '../../../shared/domain';
import { fromDisplay } from '../../../shared/logic/display-coords';
import { isTypingTarget } from '../../components/list-keys';

export interface TerritoryDrawProps {
  system: CoordSystem;
  /** The corners drawn so far changed (for the count the screen announces). */
  onCorners(count: number): void;
  /** Enter with at least three corners: the outline in WGS-84, corners in order. */
  onDone(corners: LatLng[]): void;
  /** Enter with too few corners. */
  onTooFew(): void;
  onCancel(): void;
}

const LINE = { color: '#1f6feb', weight: 2, dashArray: '4 4', fillColor: '#1f6feb', fillOpacity: 0.1, interactive: false };

/**
 * The map's draw-territory mode: a click adds a corner where it falls, Space adds one at the map's
 * centre (the arrow keys move the map), Backspace takes the last back, Enter finishes and Escape
 * cancels. Clicks do not pick visits meanwhile. Mounted only while the mode is on.
 */
export function TerritoryDraw({ system, onCorners, onDone, onTooFew, onCancel }: TerritoryDrawProps) {
  const map = useMap();
  const handlers = useRef({ onCorners, onDone, onTooFew, onCancel });
  handlers.current = { onCorners, onDone, onTooFew, onCancel };

  useEffect(() => {
    const container = map.getContainer();
    const corners: L.LatLng[] = [];
    const renderer = L.svg({ padding: 0.5 });
    const outline = L.polygon([], { ...LINE, renderer, className: 'plan-map__territory-draft' }).addTo(map);
    const changed = () => {
      outline.setLatLngs(corners);
      handlers.current.onCorners(corners.length);
    };
    const add = (at: L.LatLng) => {
      corners.push(at);
      changed();
    };
    // A drag pans the map; only a click that stayed put adds a corner.
    let pressedAt = { x: 0, y: 0 };
    const onPress = (event: PointerEvent) => (pressedAt = { x: event.clientX, y: event.clientY });
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('.leaflet-control')) return;
      if (Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y) > 5) return;
      // The click draws a corner; it must not also pick the visit under it.
      event.stopPropagation();
      add(map.mouseEventToLatLng(event));
    };
    const onKey = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const act = {
        Space: () => add(map.getCenter()),
        Backspace: () => {
          corners.pop();
          changed();
        },
        Enter: () => {
          if (corners.length < 3) return handlers.current.onTooFew();
          handlers.current.onDone(corners.map((c) => fromDisplay({ lat: c.lat, lng: c.lng }, system)));
        },
        Escape: () => handlers.current.onCancel(),
      }[event.code === 'NumpadEnter' ? 'Enter' : event.code];
      if (!act) return;
      // Ahead of the board's keys (Escape there clears the selection) and of the focused button.
      event.preventDefault();
      event.stopPropagation();
      act();
    };
    container.addEventListener('pointerdown', onPress, { capture: true });
    container.addEventListener('click', onClick, { capture: true });
    window.addEventListener('keydown', onKey, { capture: true });
    container.classList.add('plan-map__leaflet--drawing');
    container.focus();
    return () => {
      container.removeEventListener('pointerdown', onPress, { capture: true });
      container.removeEventListener('click', onClick, { capture: true });
      window.removeEventListener('keydown', onKey, { capture: true });
      container.classList.remove('plan-map__leaflet--drawing');
      outline.remove();
    };
  }, [map, system]);
  return null;
}
