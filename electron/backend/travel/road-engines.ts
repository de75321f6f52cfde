import type { RoadEngine as RoadEngineKind } from '../../../shared/domain';
import { graphhopperEngine } from './graphhopper-engine';
import { osrmEngine } from './osrm-engine';
import type { RoadEngine } from './road-engine';
import { valhallaEngine } from './valhalla-engine';

/** Each road engine's table API by router kind. */
export const ROAD_ENGINES: Readonly<Record<RoadEngineKind, RoadEngine>> = {
  osrm: osrmEngine,
  valhalla: valhallaEngine,
  graphhopper: graphhopperEngine,
};
