import { AppError, badInput } from '../../../shared/api/errors';
import type { TerritoryImport, TerritoryImportResult, TerritorySave } from '../../../shared/api/territories';
import type { Territory, TerritoryDraft } from '../../../shared/domain';
import { message, paragraph } from '../../../shared/i18n';
import { readTerritoryFile, type KnownOwners } from '../../../shared/logic/territory-file';
import { shapeProblem } from '../../../shared/logic/territory-shape';
import type { Repos } from '../db/repos';

/** Problems a refused import lists in its sentence; all of them are in `details.problems`. */
const LISTED = 5;

/** The officers and teams on the roster, as territories may name them. */
function knownOwners(repos: Pick<Repos, 'officers'>): KnownOwners {
  const officers = repos.officers.list();
  return {
    officerIds: new Set(officers.map((o) => o.id as string)),
    teams: new Set(officers.map((o) => o.team.trim()).filter((t) => t.length > 0)),
  };
}

/**
 * Imports a GeoJSON file of territories, all or nothing: any problem refuses the file with every
 * problem named by feature and field (`details.problems`). A territory named like a stored one
 * replaces it. One transaction; each territory stored is audited with what it replaced.
 */
export function importTerritories(repos: Repos, file: TerritoryImport): TerritoryImportResult {
  const read = readTerritoryFile(file.content, knownOwners(repos));
  if (read.problems.length > 0) {
    const listed = read.problems.slice(0, LISTED).map((p) => p.message);
    const more = read.problems.length - listed.length;
    const problems = paragraph(more > 0 ? [...listed, message('exportRefused.andMore', { count: more })] : listed);
    throw badInput(message('territoryImport.refused', { count: read.problems.length, problems }), { problems: read.problems });
  }
  return repos.transaction(() => {
    let replaced = 0;
    const stored = read.territories.map((draft) => {
      const before = repos.territories.byName(draft.name);
      if (before) replaced++;
      return store(repos, before, draft, 'territory.import', file.fileName);
    });
    return { territories: stored, added: stored.length - replaced, replaced };
  });
}

/** Stores a territory drawn or edited on screen, after the same checks as an import; audited. */
export function saveTerritory(repos: Repos, input: TerritorySave): Territory {
  const { id, ...draft } = input;
  const shape = shapeProblem(draft.geometry);
  if (shape) throw badInput(message('territory.shapeRefused', { name: draft.name, problem: shape }));
  const known = knownOwners(repos);
  if (draft.owner.kind === 'officer' && !known.officerIds.has(draft.owner.officerId)) {
    throw badInput(message('territory.unknownOfficer', { name: draft.name, officerId: draft.owner.officerId }));
  }
  if (draft.owner.kind === 'team' && !known.teams.has(draft.owner.team)) {
    throw badInput(message('territory.unknownTeam', { name: draft.name, team: draft.owner.team }));
  }
  return repos.transaction(() => {
    const before = id === undefined ? null : repos.territories.get(id);
    if (id !== undefined && !before) throw new AppError('not_found', message('territory.unknown', { id }));
    const named = repos.territories.byName(draft.name);
    if (named && named.id !== id) throw new AppError('conflict', message('territory.nameTaken', { name: draft.name }));
    return store(repos, before, { ...draft, outsidePrice: draft.rule === 'soft' ? draft.outsidePrice : 0 }, 'territory.save');
  });
}

/** Deletes a territory; audited with what it was. */
export function removeTerritory(repos: Repos, id: number): Territory {
  return repos.transaction(() => {
    const before = repos.territories.get(id);
    if (!before) throw new AppError('not_found', message('territory.unknown', { id }));
    repos.territories.remove(id);
    repos.audit.append({ action: 'territory.remove', entity: 'territory', entityId: String(id), detail: { before: withoutStamp(before) } });
    return before;
  });
}

/** Adds or replaces (`before`) one territory and audits the change; inside the caller's transaction. */
function store(repos: Repos, before: Territory | null, draft: TerritoryDraft, action: string, fileName?: string): Territory {
  const by = repos.audit.actorNow();
  const after = before ? repos.territories.replace(before.id, draft, by) : repos.territories.add(draft, by);
  repos.audit.append({
    action,
    entity: 'territory',
    entityId: String(after.id),
    detail: { ...(fileName !== undefined && { fileName }), before: before && withoutStamp(before), after: draft },
  });
  return after;
}

function withoutStamp(t: Territory): TerritoryDraft {
  return { name: t.name, owner: t.owner, rule: t.rule, outsidePrice: t.outsidePrice, geometry: t.geometry };
}
