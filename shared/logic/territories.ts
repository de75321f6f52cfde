import { bbox, booleanPointInPolygon, point } from '@turf/turf';
import type { LatLng, Officer, Territory, TerritoryGeometry, TerritoryOwner } from '../domain';

/** A territory with its area ready for point tests (its bounding box first, so most tests are cheap). */
export interface PlacedTerritory {
  territory: Territory;
  area: Area;
}

/** What turf's point test takes: a Polygon or MultiPolygon (here with its bounding box). */
type Area = Parameters<typeof booleanPointInPolygon>[1];

/** Territories ready for point tests. */
export function placeTerritories(territories: readonly Territory[]): PlacedTerritory[] {
  return territories.map((territory) => {
    const area = { ...territory.geometry, bbox: bbox(territory.geometry as Area) } as Area;
    return { territory, area };
  });
}

/** True when the WGS-84 point lies in the territory (its edge counts as inside). */
export function isInside(placed: PlacedTerritory, at: LatLng): boolean {
  return booleanPointInPolygon(point([at.lng, at.lat]), placed.area);
}

/** True when the territory belongs to the officer, directly or through the officer's team. */
export function isOwnedBy(owner: TerritoryOwner, officer: Pick<Officer, 'id' | 'team'>): boolean {
  return owner.kind === 'officer' ? owner.officerId === officer.id : owner.team === officer.team.trim();
}

/** The officer's territories under one rule. */
export function territoriesOf<T extends { territory: Territory }>(
  officer: Pick<Officer, 'id' | 'team'>,
  placed: readonly T[],
  rule: Territory['rule'],
): T[] {
  return placed.filter((p) => p.territory.rule === rule && isOwnedBy(p.territory.owner, officer));
}

/**
 * True when a hard territory keeps the officer away from the point: the officer has at least one
 * hard territory and the point lies in none of them.
 */
export function isOutsideHardTerritory(officer: Pick<Officer, 'id' | 'team'>, at: LatLng, placed: readonly PlacedTerritory[]): boolean {
  const hard = territoriesOf(officer, placed, 'hard');
  return hard.length > 0 && !hard.some((t) => isInside(t, at));
}

/** The rings of a geometry, outer first, as [lng, lat] positions (for drawing and checking). */
export function polygonsOf(geometry: TerritoryGeometry): number[][][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
