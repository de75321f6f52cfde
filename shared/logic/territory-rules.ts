import type { Officer, OfficerId, OutsidePriceZone, Visit, VisitId } from '../domain';
import { toWgs84 } from './coords';
import { isInside, territoriesOf, type PlacedTerritory } from './territories';

/** Skills that stand for "inside these hard territories" start with this (never a skill a file may name). */
export const TERRITORY_SKILL_PREFIX = 'territory:';

/**
 * Hard territories as skills, the way the planner already keeps officers away from visits: a visit
 * some officer's hard territories leave out requires a skill named after the hard territories it
 * lies in (`territory:North+West`, `territory:-` for none), held by exactly the officers allowed
 * there: those without a hard territory and those owning one of them. Visits in `exempt` (held to
 * their officer by the field or a lock) are left as they are.
 */
export function withHardTerritories(
  visits: readonly Visit[],
  officers: readonly Officer[],
  placed: readonly PlacedTerritory[],
  exempt: ReadonlySet<string> = new Set(),
): { visits: Visit[]; officers: Officer[] } {
  const bound = officers.map((o) => territoriesOf(o, placed, 'hard'));
  if (bound.every((b) => b.length === 0)) return { visits: [...visits], officers: [...officers] };
  const hard = placed.filter((p) => p.territory.rule === 'hard');
  const granted = officers.map(() => new Set<string>());
  const ruled = visits.map((visit) => {
    // A visit without a place yet is not planned at all; nothing to judge.
    if (exempt.has(visit.id) || !visit.location) return visit;
    const at = toWgs84(visit.location);
    const inside = new Set(hard.filter((t) => isInside(t, at)).map((t) => t.territory.id));
    const allowed = bound.map((b) => b.length === 0 || b.some((t) => inside.has(t.territory.id)));
    if (allowed.every(Boolean)) return visit;
    const names = hard.filter((t) => inside.has(t.territory.id)).map((t) => t.territory.name);
    const skill = `${TERRITORY_SKILL_PREFIX}${names.length > 0 ? names.sort().join('+') : '-'}`;
    allowed.forEach((isAllowed, k) => isAllowed && granted[k].add(skill));
    return { ...visit, requiredSkills: [...visit.requiredSkills, skill] };
  });
  const withSkills = officers.map((o, k) =>
    granted[k].size === 0 ? o : { ...o, skills: [...o.skills, ...[...granted[k]].map((skill) => ({ skill, validUntil: null }))] },
  );
  return { visits: ruled, officers: withSkills };
}

/**
 * Soft territories as prices for the planner: officers with the same soft territories share one
 * zone; a visit in none of the zone's territories costs the zone's lowest price (leaving any one of
 * them is what the visit does). Officers without a soft territory pay nothing.
 */
export function outsidePriceZones(
  visits: readonly Visit[],
  officers: readonly Officer[],
  placed: readonly PlacedTerritory[],
): OutsidePriceZone[] {
  const zones = new Map<string, { officerIds: OfficerId[]; territories: PlacedTerritory[] }>();
  for (const officer of officers) {
    const soft = territoriesOf(officer, placed, 'soft');
    if (soft.length === 0) continue;
    const key = soft.map((t) => t.territory.id).join(',');
    const zone = zones.get(key) ?? { officerIds: [], territories: soft };
    zone.officerIds.push(officer.id);
    zones.set(key, zone);
  }
  if (zones.size === 0) return [];
  const points = visits.map((v) => (v.location ? toWgs84(v.location) : null));
  return [...zones.values()].map(({ officerIds, territories }) => ({
    officerIds,
    pricePerVisit: Math.min(...territories.map((t) => t.territory.outsidePrice)),
    insideVisitIds: visits
      .filter((_, i) => points[i] === null || territories.some((t) => isInside(t, points[i]!)))
      .map((v): VisitId => v.id),
  }));
}
