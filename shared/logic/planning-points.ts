import type { LatLng, Officer, Visit } from '../domain';
import { toWgs84 } from './coords';

/**
 * The points a day's travel matrix is built over: visits first (in the given order), then each
 * officer's start and end. An open end reuses the start point; the planner treats it as free.
 */
export function planningPoints(visits: readonly Visit[], officers: readonly Officer[]): LatLng[] {
  const points: LatLng[] = visits.map((v) => toWgs84(v.location));
  for (const officer of officers) {
    points.push(toWgs84(officer.start));
    points.push(toWgs84(officer.end ?? officer.start));
  }
  return points;
}

/** Matrix index of officer k's start place, with V visits in the request. */
export function startPoint(visitCount: number, officerIndex: number): number {
  return visitCount + 2 * officerIndex;
}

/** Matrix index of officer k's end place, with V visits in the request. */
export function endPoint(visitCount: number, officerIndex: number): number {
  return visitCount + 2 * officerIndex + 1;
}
