import {
  MAX_OUTSIDE_PRICE,
  TerritoryRule,
  type OfficerId,
  type TerritoryDraft,
  type TerritoryGeometry,
  type TerritoryOwner,
} from '../domain';
import { message, type Sentence } from '../i18n';
import { flatGeometry, shapeProblem } from './territory-shape';

/** One thing wrong in a territories file: the feature (1 = first; null for the file) and field. */
export interface TerritoryFileProblem {
  feature: number | null;
  field: string;
  message: Sentence;
}

/** Who is on the roster, to check the owners a file names. */
export interface KnownOwners {
  officerIds: ReadonlySet<string>;
  teams: ReadonlySet<string>;
}

/**
 * Reads a GeoJSON FeatureCollection of territories: each feature a Polygon or MultiPolygon in
 * WGS-84 with properties `name`, `team` or `officer_id`, `rule` (hard or soft) and `price` (per
 * visit outside, required for soft). All or nothing: any problem means no territories, and every
 * problem is listed with its feature and field.
 */
export function readTerritoryFile(
  text: string,
  known: KnownOwners,
): { territories: TerritoryDraft[]; problems: [] } | { territories: []; problems: TerritoryFileProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refused([{ feature: null, field: 'file', message: message('territoryImport.notJson', { detail: (error as Error).message }) }]);
  }
  const collection = parsed as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return refused([{ feature: null, field: 'type', message: message('territoryImport.notCollection') }]);
  }
  if (collection.features.length === 0) return refused([{ feature: null, field: 'features', message: message('territoryImport.empty') }]);
  const problems: TerritoryFileProblem[] = [];
  const territories: TerritoryDraft[] = [];
  const firstWithName = new Map<string, number>();
  collection.features.forEach((raw: unknown, i: number) => {
    const read = readFeature(raw, i + 1, known, firstWithName);
    if ('problems' in read) problems.push(...read.problems);
    else territories.push(read.territory);
  });
  return problems.length > 0 ? refused(problems) : { territories, problems: [] };
}

function refused(problems: TerritoryFileProblem[]): { territories: []; problems: TerritoryFileProblem[] } {
  return { territories: [], problems };
}

type Read = { territory: TerritoryDraft } | { problems: TerritoryFileProblem[] };

function readFeature(raw: unknown, index: number, known: KnownOwners, firstWithName: Map<string, number>): Read {
  const f = raw as { type?: unknown; geometry?: { type?: unknown } | null; properties?: Record<string, unknown> | null };
  if (f?.type !== 'Feature' || typeof f.geometry !== 'object' || f.geometry === null || typeof f.properties !== 'object' || !f.properties) {
    return { problems: [{ feature: index, field: 'feature', message: message('territoryImport.notFeature', { index }) }] };
  }
  const props = f.properties;
  const problems: TerritoryFileProblem[] = [];
  const problem = (field: string, sentence: Sentence) => problems.push({ feature: index, field, message: sentence });

  const geometryType = String(f.geometry.type);
  const shape = geometryType === 'Polygon' || geometryType === 'MultiPolygon' ? shapeProblem(f.geometry) : null;
  if (geometryType !== 'Polygon' && geometryType !== 'MultiPolygon') {
    problem('geometry', message('territoryImport.geometryType', { index, type: geometryType }));
  } else if (shape) problem('geometry', message('territoryImport.geometry', { index, problem: shape }));

  const name = typeof props.name === 'string' ? props.name.trim() : '';
  if (name.length === 0 || name.length > 80) problem('name', message('territoryImport.nameMissing', { index }));
  else if (firstWithName.has(name)) problem('name', message('territoryImport.nameTwice', { index, name, first: firstWithName.get(name)! }));
  else firstWithName.set(name, index);

  const owner = readOwner(props, index, known, problem);
  const rule = TerritoryRule.safeParse(typeof props.rule === 'string' ? props.rule.trim().toLowerCase() : props.rule);
  if (!rule.success) problem('rule', message('territoryImport.badRule', { index, value: String(props.rule ?? '') }));
  const price = readPrice(props.price);
  if (rule.success && rule.data === 'soft' && price === null) problem('price', message('territoryImport.badPrice', { index }));

  if (problems.length > 0 || !owner || !rule.success) return { problems };
  return {
    territory: {
      name,
      owner,
      rule: rule.data,
      outsidePrice: rule.data === 'soft' ? price! : 0,
      geometry: flatGeometry(f.geometry as TerritoryGeometry),
    },
  };
}

function readOwner(
  props: Record<string, unknown>,
  index: number,
  known: KnownOwners,
  problem: (field: string, sentence: Sentence) => void,
): TerritoryOwner | null {
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
  const team = text(props.team);
  const officerId = text(props.officer_id);
  let refusal: [string, Sentence] | null = null;
  if (team && officerId) refusal = ['team', message('territoryImport.ownerBoth', { index })];
  else if (!team && !officerId) refusal = ['team', message('territoryImport.ownerMissing', { index })];
  else if (officerId && !known.officerIds.has(officerId))
    refusal = ['officer_id', message('territoryImport.unknownOfficer', { index, officerId })];
  else if (team && !known.teams.has(team)) refusal = ['team', message('territoryImport.unknownTeam', { index, team })];
  if (refusal) {
    problem(...refusal);
    return null;
  }
  return officerId ? { kind: 'officer', officerId: officerId as OfficerId } : { kind: 'team', team };
}

/** A whole number of seconds from 0 to a day, as a number or numeric text; null otherwise. */
function readPrice(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= MAX_OUTSIDE_PRICE ? n : null;
}
