import type { MapVisit } from './map-model';
import type { MarkerLook } from './visit-marker';

/** Red ring for a broken rule, black for the selection. */
export const VIOLATION_STROKE = '#d32f2f';
export const SELECTED_STROKE = '#111111';
export const UNASSIGNED_FILL = '#ffffff';

/** From this zoom on every planned visit shows its stop number; below, only emphasised routes do. */
export const NUMBERS_FROM_ZOOM = 14;

/**
 * How a visit is drawn given the selection: unassigned visits are larger, white with a thick red
 * outline; a broken rule adds a dashed red ring; the selection a black ring; stop numbers show
 * on emphasised routes (a selected visit's officer) or when zoomed in.
 */
export function markerLook(visit: MapVisit, isSelected: boolean, isEmphasised: boolean, showAllNumbers: boolean): MarkerLook {
  const hasNumber = visit.stopNumber !== null && (showAllNumbers || isEmphasised);
  const base = hasNumber ? 9 : visit.isUnassigned ? 7 : 5;
  let stroke = visit.stroke;
  let weight = 1.5;
  if (visit.isUnassigned) weight = 3;
  if (visit.hasViolation) {
    stroke = VIOLATION_STROKE;
    weight = 3;
  }
  if (isSelected) {
    stroke = SELECTED_STROKE;
    weight = 3;
  }
  return {
    shape: visit.shape,
    radius: base + (isSelected ? 2 : 0),
    fill: visit.isUnassigned ? UNASSIGNED_FILL : visit.fill,
    stroke,
    weight,
    number: hasNumber ? visit.stopNumber : null,
    dashed: visit.hasViolation && !isSelected,
  };
}

/** Whether the marker must be drawn above the others (never hidden under a neighbour). */
export function isOnTop(visit: MapVisit, isSelected: boolean): boolean {
  return isSelected || visit.isUnassigned || visit.hasViolation;
}
