import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BasemapView } from '../../../shared/logic/basemaps';
import { useApiClient } from '../../api/ApiProvider';
import { createTileLayer } from './tile-config';

/**
 * The basemap's tile layers under everything else (labels over streets for Tianditu). Tiles that
 * cannot load leave the plain background: visits and routes are drawn all the same.
 */
export function BasemapLayers({ view }: { view: BasemapView | null }) {
  const map = useMap();
  const { api } = useApiClient();
  useEffect(() => {
    if (!view) return;
    const layers = view.layers.map((spec, i) => createTileLayer(spec, api['map.tile']).setZIndex(i + 1));
    for (const layer of layers) layer.addTo(map);
    return () => {
      for (const layer of layers) layer.remove();
    };
  }, [map, view, api]);
  return null;
}
