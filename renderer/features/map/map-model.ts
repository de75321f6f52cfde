import type { VisitSummary } from '../../../shared/api/contract';
import type { CoordSystem, GeoPoint, Officer, Plan, Route, VisitKind } from '../../../shared/domain';
import { toDisplay } from '../../../shared/logic/display-coords';
import { officerColor, UNASSIGNED_STROKE, UNPLANNED_FILL, UNPLANNED_STROKE } from './officer-colors';

export type LatLngTuple = [lat: number, lng: number];

/** Visits are drawn as a shape per kind, so kind reads at a glance without colour. */
export type VisitShape = 'circle' | 'square' | 'triangle';

export const SHAPE_OF_KIND: Record<VisitKind, VisitShape> = { collection: 'circle', verification: 'square', 'follow-up': 'triangle' };

export interface MapVisit {
  id: string;
  position: LatLngTuple;
  fill: string;
  stroke: string;
  /** The latest plan could not place it. */
  isUnassigned: boolean;
  label: string;
  shape: VisitShape;
  /** The officer whose route it is in, and its 1-based place there; null when in no route. */
  officerId: string | null;
  stopNumber: number | null;
  /** A manual edit broke a rule at this visit: drawn with a red ring. */
  hasViolation: boolean;
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
  /** Where the day ends when that is not the start place; null for an open end or a round trip. */
  end: LatLngTuple | null;
}

export interface MapModel {
  visits: MapVisit[];
  routes: MapRoute[];
  officers: MapOfficer[];
}

/** A point where the basemap draws it (see shared/logic/display-coords.ts). */
const drawnAt = (point: GeoPoint, system: CoordSystem): LatLngTuple => {
  const at = toDisplay(point, system);
  return [at.lat, at.lng];
};

// Conversions and route lines are kept per input object and basemap system: after an edit only
// two routes are new objects (see share-plan.ts), so only they are converted again.
interface Caches {
  positions: WeakMap<object, LatLngTuple>;
  routes: WeakMap<Route, MapRoute>;
  officers: WeakMap<readonly Officer[], MapOfficer[]>;
}
const cachesBySystem = new Map<CoordSystem, Caches>();

function cachesOf(system: CoordSystem): Caches {
  let caches = cachesBySystem.get(system);
  if (!caches) {
    caches = { positions: new WeakMap(), routes: new WeakMap(), officers: new WeakMap() };
    cachesBySystem.set(system, caches);
  }
  return caches;
}

function positionOf(visit: VisitSummary & { location: GeoPoint }, system: CoordSystem): LatLngTuple {
  const cache = cachesOf(system).positions;
  let position = cache.get(visit);
  if (!position) {
    position = drawnAt(visit.location, system);
    cache.set(visit, position);
  }
  return position;
}

/**
 * Turns API data into what the map draws, every point in the basemap's coordinate system
 * (`system`; stored points may be WGS-84, GCJ-02 or BD-09). Pure, so the map component stays a
 * thin renderer of this model.
 */
export function buildMapModel(
  visits: readonly VisitSummary[],
  officers: readonly Officer[],
  plan: Plan | null,
  system: CoordSystem = 'wgs84',
): MapModel {
  const caches = cachesOf(system);
  const colorOf = new Map(officers.map((o, i) => [o.id as string, officerColor(i)]));
  const unassigned = new Set<string>(plan?.unassigned.map((u) => u.visitId) ?? []);
  const broken = new Set<string>();
  for (const violation of plan?.violations ?? []) if (violation.visitId) broken.add(violation.visitId);
  const placeOf = new Map<string, { officerId: string; stopNumber: number }>();
  for (const route of plan?.routes ?? []) {
    route.stops.forEach((stop, i) => placeOf.set(stop.visitId, { officerId: route.officerId, stopNumber: i + 1 }));
  }
  const where = new Map<string, LatLngTuple>();

  // A visit waiting to be geocoded has no place to draw yet (it is listed to geocode instead).
  const placed = visits.filter((visit): visit is VisitSummary & { location: GeoPoint } => visit.location !== null);
  const mapVisits = placed.map((visit): MapVisit => {
    const position = positionOf(visit, system);
    where.set(visit.id, position);
    const place = plan ? placeOf.get(visit.id) : undefined;
    const officerId = place?.officerId ?? null;
    const color = officerId ? colorOf.get(officerId) : undefined;
    const isUnassigned = unassigned.has(visit.id);
    return {
      id: visit.id,
      position,
      fill: color ?? UNPLANNED_FILL,
      stroke: color ?? (isUnassigned ? UNASSIGNED_STROKE : UNPLANNED_STROKE),
      isUnassigned,
      label: `${visit.displayName} · ${visit.id}`,
      shape: SHAPE_OF_KIND[visit.kind],
      officerId: officerId ?? null,
      stopNumber: place?.stopNumber ?? null,
      hasViolation: broken.has(visit.id),
    };
  });

  const officerById = new Map(officers.map((o) => [o.id as string, o]));
  const routes: MapRoute[] = [];
  for (const route of plan?.routes ?? []) {
    const color = colorOf.get(route.officerId) ?? UNPLANNED_STROKE;
    const cached = caches.routes.get(route);
    if (cached && cached.color === color) {
      routes.push(cached);
      continue;
    }
    const officer = officerById.get(route.officerId);
    const stops = route.stops.map((s) => where.get(s.visitId)).filter((p): p is LatLngTuple => p !== undefined);
    if (stops.length === 0) continue;
    const positions = [
      ...(officer ? [drawnAt(officer.start, system)] : []),
      ...stops,
      ...(officer?.end ? [drawnAt(officer.end, system)] : []),
    ];
    const mapRoute = { officerId: route.officerId, color, positions };
    caches.routes.set(route, mapRoute);
    routes.push(mapRoute);
  }

  return { visits: mapVisits, routes, officers: mapOfficersOf(officers, system) };
}

// The same array for the same roster, so the officers' places are drawn once, not after every edit.
function mapOfficersOf(officers: readonly Officer[], system: CoordSystem): MapOfficer[] {
  const officersCache = cachesOf(system).officers;
  const cached = officersCache.get(officers);
  if (cached) return cached;
  const mapOfficers = officers.map((o, i): MapOfficer => {
    const position = drawnAt(o.start, system);
    const end = o.end ? drawnAt(o.end, system) : null;
    const isRoundTrip = end !== null && end[0] === position[0] && end[1] === position[1];
    return { id: o.id, name: o.name, color: officerColor(i), position, end: isRoundTrip ? null : end };
  });
  officersCache.set(officers, mapOfficers);
  return mapOfficers;
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
