import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { MapRoute } from './map-model';

/**
 * Route lines in the officer's colour. A line is touched only when its route object changed
 * (an edit changes two), so a drop does not rebuild 200 lines.
 */
export function RouteLayer({ routes, emphasised }: { routes: readonly MapRoute[]; emphasised: ReadonlySet<string> }) {
  const map = useMap();
  const lines = useRef(new Map<string, { route: MapRoute; line: L.Polyline }>());

  useEffect(() => {
    const seen = new Set<string>();
    for (const route of routes) {
      seen.add(route.officerId);
      const entry = lines.current.get(route.officerId);
      if (!entry) {
        const line = L.polyline(route.positions, { color: route.color, weight: 3, opacity: 0.8, interactive: false });
        line.addTo(map);
        line.bringToBack();
        lines.current.set(route.officerId, { route, line });
      } else if (entry.route !== route) {
        entry.line.setLatLngs(route.positions);
        entry.line.setStyle({ color: route.color });
        entry.route = route;
      }
    }
    for (const [officerId, entry] of lines.current) {
      if (seen.has(officerId)) continue;
      entry.line.remove();
      lines.current.delete(officerId);
    }
  }, [map, routes]);

  useEffect(() => {
    const anyEmphasised = emphasised.size > 0;
    for (const [officerId, { line }] of lines.current) {
      const isEmphasised = emphasised.has(officerId);
      const weight = isEmphasised ? 5 : 3;
      const opacity = anyEmphasised && !isEmphasised ? 0.35 : 0.8;
      if (line.options.weight !== weight || line.options.opacity !== opacity) line.setStyle({ weight, opacity });
    }
  }, [routes, emphasised]);

  useEffect(() => {
    const all = lines.current;
    return () => {
      for (const { line } of all.values()) line.remove();
      all.clear();
    };
  }, [map]);
  return null;
}
