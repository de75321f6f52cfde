import type { LatLng, Officer, Visit } from '../domain';
import { toWgs84 } from './coords';

/**
 * The points a day's travel matrix is built over, in the layout of `startPoint`/`endPoint`
 * (shared/domain/travel.ts). An open end reuses the start point; the planner treats it as free.
 */
export function planningPoints(visits: readonly Visit[], officers: readonly Officer[]): LatLng[] {
  const points: LatLng[] = visits.map((v) => toWgs84(v.location));
  for (const officer of officers) {
    points.push(toWgs84(officer.start));
    points.push(toWgs84(officer.end ?? officer.start));
  }
  return points;
}
