import { endPoint, fetchedLeg, startPoint, type PlanRequest, type PlanResult } from '../domain';
import type { PointPairs } from './large-day-pairs';

/**
 * The legs a plan travels (start → first stop, stop → stop, last stop → end; none home for an open
 * end) that its request's travel did not fetch: on a large day these rest on estimates until asked
 * for. Point indices in the request's layout; empty for a full matrix.
 */
export function unfetchedLegs(request: PlanRequest, plan: Pick<PlanResult, 'routes'>): PointPairs {
  const V = request.visits.length;
  const visitPoint = new Map<string, number>(request.visits.map((v, i) => [v.id, i]));
  const officerAt = new Map<string, number>(request.officers.map((o, k) => [o.id, k]));
  const from: number[] = [];
  const to: number[] = [];
  for (const route of plan.routes) {
    const k = officerAt.get(route.officerId);
    if (k === undefined || route.stops.length === 0) continue;
    const officer = request.officers[k];
    const places = route.stops.map((s) => visitPoint.get(s.visitId)).filter((p): p is number => p !== undefined);
    const path = [startPoint(V, k), ...places, ...(officer.end === null ? [] : [endPoint(V, k)])];
    for (let i = 1; i < path.length; i++) {
      if (fetchedLeg(request.matrix, officer.travelMode, path[i - 1], path[i]) !== null) continue;
      from.push(path[i - 1]);
      to.push(path[i]);
    }
  }
  return { from: Int32Array.from(from), to: Int32Array.from(to) };
}
