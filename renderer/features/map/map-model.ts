import type { VisitSummary } from '../../../shared/api/contract';
import type { Officer, Plan } from '../../../shared/domain';
import { toWgs84 } from '../../../shared/logic/coords';
import { officerColor, UNASSIGNED_STROKE, UNPLANNED_FILL, UNPLANNED_STROKE } from './officer-colors';

export type LatLngTuple = [lat: number, lng: number];

export interface MapVisit {
  id: string;
  position: LatLngTuple;
  fill: string;
  stroke: string;
  /** The latest plan could not place it. */
  isUnassigned: boolean;
  label: string;
}

export interface MapRoute {
  officerId: string;
  color: string;
  /** Officer start → stops in order → end place (omitted for an open end). */
  positions: LatLngTuple[];
}

export interface MapOfficer {
  id: string;
  name: string;
  color: string;
  position: LatLngTuple;
}

export interface MapModel {
  visits: MapVisit[];
  routes: MapRoute[];
  officers: MapOfficer[];
}

const tuple = (point: { lat: number; lng: number }): LatLngTuple => [point.lat, point.lng];

/**
 * Turns API data into what the map draws, all in WGS-84 (imported points may be GCJ-02 or BD-09).
 * Pure, so the map component stays a thin renderer of this model.
 */
export function buildMapModel(visits: readonly VisitSummary[], officers: readonly Officer[], plan: Plan | null): MapModel {
  const colorOf = new Map(officers.map((o, i) => [o.id as string, officerColor(i)]));
  const unassigned = new Set<string>(plan?.unassigned.map((u) => u.visitId) ?? []);
  const where = new Map<string, LatLngTuple>();

  const mapVisits = visits.map((visit): MapVisit => {
    const position = tuple(toWgs84(visit.location));
    where.set(visit.id, position);
    const color = visit.assignedOfficerId ? colorOf.get(visit.assignedOfficerId) : undefined;
    const isUnassigned = unassigned.has(visit.id);
    return {
      id: visit.id,
      position,
      fill: color ?? UNPLANNED_FILL,
      stroke: color ?? (isUnassigned ? UNASSIGNED_STROKE : UNPLANNED_STROKE),
      isUnassigned,
      label: `${visit.displayName} · ${visit.id}`,
    };
  });

  const officerById = new Map(officers.map((o) => [o.id as string, o]));
  const routes: MapRoute[] = [];
  for (const route of plan?.routes ?? []) {
    const officer = officerById.get(route.officerId);
    const stops = route.stops.map((s) => where.get(s.visitId)).filter((p): p is LatLngTuple => p !== undefined);
    if (stops.length === 0) continue;
    const positions = [
      ...(officer ? [tuple(toWgs84(officer.start))] : []),
      ...stops,
      ...(officer?.end ? [tuple(toWgs84(officer.end))] : []),
    ];
    routes.push({ officerId: route.officerId, color: colorOf.get(route.officerId) ?? UNPLANNED_STROKE, positions });
  }

  const mapOfficers = officers.map((o, i): MapOfficer => ({
    id: o.id, name: o.name, color: officerColor(i), position: tuple(toWgs84(o.start)),
  }));
  return { visits: mapVisits, routes, officers: mapOfficers };
}

/** Every drawn point, for fitting the view. */
export function allPositions(model: MapModel): LatLngTuple[] {
  return [...model.visits.map((v) => v.position), ...model.officers.map((o) => o.position)];
}
