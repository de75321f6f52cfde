import type { LatLng } from '../../../shared/domain';
import { visitsInArea, type DrawnArea } from '../../../shared/logic/area-selection';
import { selectOnly, type Selection } from '../../state/selection';
import type { MapVisit } from './map-model';

/** A stroke on the map in area mode: a freehand lasso, or (Shift held at the press) a box. */
export interface AreaStroke {
  shape: 'lasso' | 'box';
  /** Where the pointer went, on the map and on screen (pixels, to tell a drag from a click). */
  path: LatLng[];
  pixels: { x: number; y: number }[];
  /** Ctrl (Cmd on macOS) held: the visits inside are added to the selection. */
  additive: boolean;
}

/** Below this many pixels from the press a stroke is a click (on a visit, say), not an area. */
const CLICK_SLOP_PX = 4;

/** The area a stroke drew, or null when it was only a click. */
export function areaOf(stroke: AreaStroke): DrawnArea | null {
  const [first] = stroke.pixels;
  const moved = stroke.pixels.some((p) => Math.hypot(p.x - first.x, p.y - first.y) >= CLICK_SLOP_PX);
  if (!moved) return null;
  if (stroke.shape === 'box') return { kind: 'box', corners: [stroke.path[0], stroke.path[stroke.path.length - 1]] };
  return { kind: 'lasso', path: stroke.path };
}

/**
 * The ids of the drawn visits inside an area, in the map's order. The area and the visits'
 * positions are both in the basemap's system, so they compare without converting either.
 */
export function visitIdsIn(visits: readonly MapVisit[], area: DrawnArea): string[] {
  return visitsInArea(
    visits.map((v) => ({ id: v.id, lat: v.position[0], lng: v.position[1] })),
    area,
  );
}

/**
 * The board's selection after an area is drawn: exactly the visits inside, or with Ctrl those
 * added to what was selected. The last one is focused, so the other views bring it into sight.
 */
export function pickArea(current: Selection, ids: readonly string[], additive: boolean): Selection {
  if (!additive) return selectOnly(ids, 'map');
  const added = ids.filter((id) => !current.ids.has(id));
  if (added.length === 0) return current;
  return {
    ids: new Set([...current.ids, ...added]),
    anchorId: current.anchorId ?? added[0],
    focusId: added[added.length - 1],
    source: 'map',
  };
}
