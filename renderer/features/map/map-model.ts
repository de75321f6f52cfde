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

/** Below this many points every point counts when framing the map. */
const MIN_POINTS_TO_TRIM = 50;

/**
 * The points the map frames on opening: all of them, except that with many points a stray one
 * far outside the city (a mistyped address, a visit 150 km away) must not shrink the city to a
 * speck. Keeps the 1st–99th percentile box of latitudes and longitudes, widened by half its size;
 * stray points are still drawn, only not framed.
 */
export function framingPositions(positions: LatLngTuple[]): LatLngTuple[] {
  if (positions.length < MIN_POINTS_TO_TRIM) return positions;
  const [latLow, latHigh] = widenedRange(positions.map((p) => p[0]));
  const [lngLow, lngHigh] = widenedRange(positions.map((p) => p[1]));
  return positions.filter(([lat, lng]) => lat >= latLow && lat <= latHigh && lng >= lngLow && lng <= lngHigh);
}

function widenedRange(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const low = sorted[Math.floor(sorted.length * 0.01)];
  const high = sorted[Math.ceil(sorted.length * 0.99) - 1];
  const margin = (high - low) * 0.5;
  return [low - margin, high + margin];
}
