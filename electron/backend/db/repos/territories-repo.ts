import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { TerritoryGeometry, type OfficerId, type Territory, type TerritoryDraft } from '../../../../shared/domain';
import { systemClock, unixSeconds, type Clock } from './clock';

interface TerritoryRow {
  id: number;
  name: string;
  owner_kind: string;
  owner: string;
  rule: string;
  outside_price: number;
  geometry_json: string;
  updated_at: number;
  updated_by: string;
}

export type TerritoriesRepo = ReturnType<typeof createTerritoriesRepo>;

/** Territories ↔ `territories` (migration 0190); checks and audit belong to territory-service.ts. */
export function createTerritoriesRepo(db: Db, clock: Clock = systemClock) {
  const all = db.prepare<[], TerritoryRow>('SELECT * FROM territories ORDER BY name, id');
  const byId = db.prepare<[number], TerritoryRow>('SELECT * FROM territories WHERE id = ?');
  const byName = db.prepare<[string], TerritoryRow>('SELECT * FROM territories WHERE name = ?');
  const insert = db.prepare(
    `INSERT INTO territories (name, owner_kind, owner, rule, outside_price, geometry_json, updated_at, updated_by)
       VALUES (@name, @owner_kind, @owner, @rule, @outside_price, @geometry_json, @updated_at, @updated_by)`,
  );
  const update = db.prepare(
    `UPDATE territories SET name = @name, owner_kind = @owner_kind, owner = @owner, rule = @rule,
       outside_price = @outside_price, geometry_json = @geometry_json, updated_at = @updated_at, updated_by = @updated_by
     WHERE id = @id`,
  );
  const remove = db.prepare<[number]>('DELETE FROM territories WHERE id = ?');
  const toRow = (draft: TerritoryDraft, by: string) => ({
    name: draft.name,
    owner_kind: draft.owner.kind,
    owner: draft.owner.kind === 'team' ? draft.owner.team : draft.owner.officerId,
    rule: draft.rule,
    outside_price: draft.outsidePrice,
    geometry_json: JSON.stringify(draft.geometry),
    updated_at: unixSeconds(clock),
    updated_by: by,
  });

  return {
    /** Every territory, by name. */
    list(): Territory[] {
      return all.all().map(fromRow);
    },
    get(id: number): Territory | null {
      const row = byId.get(id);
      return row ? fromRow(row) : null;
    },
    byName(name: string): Territory | null {
      const row = byName.get(name);
      return row ? fromRow(row) : null;
    },
    /** Stores a new territory; its name must be free. */
    add(draft: TerritoryDraft, by: string): Territory {
      const { lastInsertRowid } = insert.run(toRow(draft, by));
      return fromRow(byId.get(Number(lastInsertRowid))!);
    },
    /** Replaces territory `id` with the draft. */
    replace(id: number, draft: TerritoryDraft, by: string): Territory {
      update.run({ id, ...toRow(draft, by) });
      return fromRow(byId.get(id)!);
    },
    /** Deletes territory `id`; true when there was one. */
    remove(id: number): boolean {
      return remove.run(id).changes > 0;
    },
  };
}

function fromRow(row: TerritoryRow): Territory {
  return {
    id: row.id,
    name: row.name,
    owner: row.owner_kind === 'team' ? { kind: 'team', team: row.owner } : { kind: 'officer', officerId: row.owner as OfficerId },
    rule: row.rule === 'hard' ? 'hard' : 'soft',
    outsidePrice: row.outside_price,
    geometry: TerritoryGeometry.parse(JSON.parse(row.geometry_json)),
    updatedAt: new Date(row.updated_at * 1000).toISOString(),
    updatedBy: row.updated_by,
  };
}
