import type { LatLng, Officer, TerritoryGeometry, TerritoryOwner, TerritoryRule } from '../../../shared/domain';
import type { TerritorySave } from '../../../shared/api/territories';
import { officerColor } from '../map/officer-colors';

/** The corners drawn on the map (WGS-84, in order) as a closed GeoJSON ring; null under three distinct corners. */
export function ringOf(corners: readonly LatLng[]): TerritoryGeometry | null {
  const distinct = corners.filter((c, i) => i === 0 || c.lat !== corners[i - 1].lat || c.lng !== corners[i - 1].lng);
  const open = distinct.length > 1 && sameAt(distinct[0], distinct[distinct.length - 1]) ? distinct.slice(0, -1) : distinct;
  if (open.length < 3) return null;
  const ring = open.map((c) => [c.lng, c.lat] as [number, number]);
  return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
}

const sameAt = (a: LatLng, b: LatLng) => a.lat === b.lat && a.lng === b.lng;

/** What the new-territory form holds. */
export interface TerritoryFields {
  name: string;
  ownerKind: TerritoryOwner['kind'];
  team: string;
  officerId: string;
  rule: TerritoryRule;
  /** Seconds of travel per visit outside, as typed. */
  price: string;
}

/** The form's start: the first team, a hard rule, ten minutes' travel as the price should the rule be soft. */
export function blankFields(roster: readonly Pick<Officer, 'id' | 'team'>[]): TerritoryFields {
  return { name: '', ownerKind: 'team', team: teamsOf(roster)[0] ?? '', officerId: roster[0]?.id ?? '', rule: 'hard', price: '600' };
}

/** The roster's teams, sorted, each once. */
export function teamsOf(roster: readonly Pick<Officer, 'team'>[]): string[] {
  return [...new Set(roster.map((o) => o.team.trim()).filter((t) => t.length > 0))].sort();
}

/** The form and the drawn outline as the API takes them; the back end checks the rest. */
export function toSave(fields: TerritoryFields, geometry: TerritoryGeometry): TerritorySave {
  const owner: TerritoryOwner =
    fields.ownerKind === 'team' ? { kind: 'team', team: fields.team } : { kind: 'officer', officerId: fields.officerId as never };
  const price = Number.parseInt(fields.price, 10);
  return {
    name: fields.name.trim(),
    owner,
    rule: fields.rule,
    outsidePrice: fields.rule === 'soft' && Number.isFinite(price) ? price : 0,
    geometry,
  };
}

/** A territory's colour: its officer's, or for a team the colour of the team's first officer on the roster. */
export function territoryColour(owner: TerritoryOwner, roster: readonly Pick<Officer, 'id' | 'team'>[]): string {
  const index = roster.findIndex((o) => (owner.kind === 'officer' ? o.id === owner.officerId : o.team.trim() === owner.team));
  return index < 0 ? '#607d8b' : officerColor(index);
}
