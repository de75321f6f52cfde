import { useMemo } from 'react';
import L from 'leaflet';
import { CircleMarker, MapContainer, Marker, Polyline, TileLayer, Tooltip } from 'react-leaflet';
import { useT } from '../../i18n/useT';
import { FitToData } from './FitToData';
import type { MapModel } from './map-model';
import { tileConfig } from './tile-config';

const DEFAULT_CENTER: [number, number] = [31.23, 121.47];

/** One small DOM icon per colour: no image assets (bundlers break Leaflet's default marker images). */
function startIcon(color: string): L.DivIcon {
  return L.divIcon({
    className: 'officer-start',
    html: `<span style="background:${color}"></span>`,
    iconSize: [16, 16],
    iconAnchor: [8, 8],
  });
}

/**
 * The day on a map: visits as canvas circles coloured by officer, routes as lines in the officer's
 * colour, officer start places as square markers. The data attributes count what was handed to
 * Leaflet, so tests can check the drawing without reading canvas pixels.
 */
export function PlanMap({ model }: { model: MapModel }) {
  const { t } = useT();
  const tiles = useMemo(() => tileConfig(), []);
  const icons = useMemo(() => new Map(model.officers.map((o) => [o.id, startIcon(o.color)])), [model.officers]);

  return (
    <section
      className="plan-map"
      aria-label={t('map.label')}
      data-visit-count={model.visits.length}
      data-route-count={model.routes.length}
      data-officer-count={model.officers.length}
      data-unassigned-count={model.visits.filter((v) => v.isUnassigned).length}
    >
      <MapContainer center={DEFAULT_CENTER} zoom={11} preferCanvas className="plan-map__leaflet">
        <TileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={tiles.maxZoom} />
        {model.routes.map((route) => (
          <Polyline key={route.officerId} positions={route.positions} pathOptions={{ color: route.color, weight: 3, opacity: 0.8 }} />
        ))}
        {model.visits.map((visit) => (
          <CircleMarker
            key={visit.id}
            center={visit.position}
            radius={visit.isUnassigned ? 7 : 6}
            pathOptions={{ color: visit.stroke, fillColor: visit.fill, fillOpacity: 0.85, weight: visit.isUnassigned ? 3 : 1.5 }}
          >
            <Tooltip>{visit.label}</Tooltip>
          </CircleMarker>
        ))}
        {model.officers.map((officer) => (
          <Marker key={officer.id} position={officer.position} icon={icons.get(officer.id)} keyboard={false}>
            <Tooltip>{t('map.start', { name: officer.name })}</Tooltip>
          </Marker>
        ))}
        <FitToData model={model} />
      </MapContainer>
    </section>
  );
}
