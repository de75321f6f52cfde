import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { CoordSystem, Officer, Territory } from '../../../shared/domain';
import { toDisplay } from '../../../shared/logic/display-coords';
import { polygonsOf } from '../../../shared/logic/territories';
import { territoryColour } from './territory-draft';

export interface TerritoryLayerProps {
  territories: readonly Territory[];
  roster: readonly Pick<Officer, 'id' | 'team'>[];
  /** The basemap's system: outlines are stored in WGS-84 and drawn where the basemap has them. */
  system: CoordSystem;
  /** Text of each territory's label (its name, in the screen's words). */
  labelOf(territory: Territory): string;
}

/**
 * Territories under the routes: each an outline in its owner's colour, filled lightly (a hard one
 * with a solid edge, a soft one dashed), labelled with its name. Drawn on their own SVG layer so
 * tests can find the outlines (`.plan-map__territory`); they take no clicks.
 */
export function TerritoryLayer({ territories, roster, system, labelOf }: TerritoryLayerProps) {
  const map = useMap();
  useEffect(() => {
    const renderer = L.svg({ padding: 0.5 });
    const layers = territories.map((territory) => {
      const colour = territoryColour(territory.owner, roster);
      const shape = polygonsOf(territory.geometry).map((rings) =>
        rings.map((ring) => ring.map(([lng, lat]) => toDisplay({ lat, lng, system: 'wgs84' }, system)).map((p) => L.latLng(p.lat, p.lng))),
      );
      const polygon = L.polygon(shape, {
        renderer,
        color: colour,
        weight: 2,
        dashArray: territory.rule === 'soft' ? '6 4' : undefined,
        fillColor: colour,
        fillOpacity: 0.06,
        interactive: false,
        className: `plan-map__territory plan-map__territory--${territory.rule}`,
      });
      polygon.bindTooltip(labelOf(territory), { permanent: true, direction: 'center', className: 'plan-map__territory-label' });
      polygon.addTo(map);
      polygon.bringToBack();
      return polygon;
    });
    return () => {
      for (const layer of layers) layer.remove();
    };
  }, [map, territories, roster, system, labelOf]);
  return null;
}
