import { badInput } from '../api/errors';
import type { LatLng, Officer, Visit } from '../domain';
import { toWgs84 } from './coords';
import { placeProblem } from './visit-location';

/**
 * The points a day's travel matrix is built over, in the layout of `startPoint`/`endPoint`
 * (shared/domain/travel.ts). An open end reuses the start point; the planner treats it as free.
 */
export function planningPoints(visits: readonly Visit[], officers: readonly Officer[]): LatLng[] {
  // The visiting rules keep visits without a place out; a route must never reach one by another path.
  const points: LatLng[] = visits.map((v) => (v.location ? toWgs84(v.location) : unplaced(v)));
  for (const officer of officers) {
    points.push(toWgs84(officer.start));
    points.push(toWgs84(officer.end ?? officer.start));
  }
  return points;
}

function unplaced(visit: Visit): never {
  throw badInput(placeProblem(visit)!);
}
