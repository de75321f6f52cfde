import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CoordSystem, LatLng, Territory } from '../../../shared/domain';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/useT';
import { ringOf } from './territory-draft';
import { TerritoryDraw } from './TerritoryDraw';
import { TerritoryForm } from './TerritoryForm';
import { TerritoryLayer } from './TerritoryLayer';
import { useTerritories } from './useTerritories';

export interface MapTerritoriesProps {
  /** The basemap's coordinate system. */
  system: CoordSystem;
  /** Where the map's own controls go (outside Leaflet's pane, so clicks there never reach the map). */
  host: HTMLElement | null;
}

const ALL = {};

/**
 * Territories on the board's map (issue 20): their outlines, and the draw-territory mode with its
 * button, hint and corner count, then the form that names and stores the territory drawn.
 * Rendered inside the map (its layers need it); its controls go to `host`.
 */
export function MapTerritories({ system, host }: MapTerritoriesProps) {
  const { t } = useT();
  const { territories, save, isBusy, error, dismissError } = useTerritories();
  const roster = useApiQuery('officers.list', ALL).data;
  const officers = useMemo(() => roster ?? [], [roster]);
  const [isDrawing, setDrawing] = useState(false);
  const [corners, setCorners] = useState(0);
  const [drawn, setDrawn] = useState<LatLng[] | null>(null);
  const [status, setStatus] = useState('');
  const geometry = drawn && ringOf(drawn);
  const labelOf = useCallback((territory: Territory) => territory.name, []);

  const toggle = () => {
    setDrawing(!isDrawing);
    setCorners(0);
    setStatus(isDrawing ? t('territories.drawCancelled') : t('territories.drawHint'));
  };
  const onSave = async (territory: Parameters<typeof save>[0]) => {
    const saved = await save(territory);
    if (saved) setStatus(t('territories.saved', { name: saved.name }));
    return saved !== undefined;
  };

  return (
    <>
      <TerritoryLayer territories={territories} roster={officers} system={system} labelOf={labelOf} />
      {isDrawing && (
        <TerritoryDraw
          system={system}
          onCorners={setCorners}
          onDone={(path) => {
            setDrawing(false);
            setDrawn(path);
          }}
          onTooFew={() => setStatus(t('territories.drawTooFew'))}
          onCancel={toggle}
        />
      )}
      {host &&
        createPortal(
          <div
            className="plan-map__territory-bar"
            data-territory-count={territories.length}
            data-drawing={isDrawing}
            data-corners={corners}
          >
            <button type="button" aria-pressed={isDrawing} onClick={toggle} title={t('territories.drawHint')}>
              {t('territories.draw')}
            </button>
            {isDrawing && <span>{t('territories.drawCorners', { count: corners })}</span>}
            <p className="visually-hidden" role="status">
              {status}
            </p>
          </div>,
          host,
        )}
      {/* Out of the map's element: typing a name must not reach Leaflet's keys (+ and − zoom). */}
      {geometry &&
        createPortal(
          <TerritoryForm
            geometry={geometry}
            roster={officers}
            isBusy={isBusy}
            error={error}
            onDismissError={dismissError}
            onSave={onSave}
            onCancel={() => setDrawn(null)}
          />,
          document.body,
        )}
    </>
  );
}
