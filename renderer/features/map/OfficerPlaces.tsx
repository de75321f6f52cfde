import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../../i18n/useT';
import type { MapOfficer } from './map-model';
import { VisitMarker } from './visit-marker';

/**
 * Officers' start places (filled squares) and end places when they differ (hollow squares), drawn
 * on the same canvas as the visits and kept under them. Canvas rather than DOM icons: 200 officers
 * would be 400 composited elements, each slowing every frame of the board.
 */
export function OfficerPlaces({ officers }: { officers: readonly MapOfficer[] }) {
  const map = useMap();
  const { t } = useT();
  useEffect(() => {
    const markers: VisitMarker[] = [];
    const add = (officer: MapOfficer, kind: 'start' | 'end') => {
      const marker = new VisitMarker(kind === 'start' ? officer.position : officer.end!, { radius: 6, fillOpacity: 1, interactive: true });
      marker.setLook({
        shape: 'square',
        radius: 6,
        number: null,
        dashed: false,
        fill: kind === 'start' ? officer.color : '#ffffff',
        stroke: kind === 'start' ? '#ffffff' : officer.color,
        weight: kind === 'start' ? 1.5 : 3,
      });
      marker.bindTooltip(t(kind === 'start' ? 'map.start' : 'map.end', { name: officer.name }));
      marker.addTo(map);
      marker.bringToBack();
      markers.push(marker);
    };
    for (const officer of officers) {
      add(officer, 'start');
      if (officer.end) add(officer, 'end');
    }
    return () => {
      for (const marker of markers) marker.remove();
    };
  }, [map, officers, t]);
  return null;
}
