import type { Database as Db } from 'better-sqlite3';
import { systemClock, type Clock } from './clock';

/** Who did what to which record; detail is any JSON-serialisable value. */
export interface AuditEntryInput {
  /** `dispatcher`, `cli`, `demo`, or a user name; by default the workspace's (see createRepos). */
  actor?: string;
  /** `noun.verb`, e.g. `visits.setStatus`. */
  action: string;
  entity: string;
  entityId?: string | null;
  detail?: unknown;
}

export interface AuditEntry {
  id: number;
  /** ISO 8601 UTC time of the entry. */
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: unknown;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  /** At most this many entries, newest first; default 100. */
  limit?: number;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail_json: string;
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;

/** The append-only `audit_log`: triggers in the schema reject updates and deletes. */
export function createAuditRepo(db: Db, clock: Clock = systemClock, defaultActor = 'dispatcher') {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, detail_json)
       VALUES (@at, @actor, @action, @entity, @entity_id, @detail_json)`,
  );
  const select = db.prepare(
    `SELECT * FROM audit_log WHERE (@entity IS NULL OR entity = @entity)
       AND (@entity_id IS NULL OR entity_id = @entity_id) ORDER BY id DESC LIMIT @limit`,
  );
  const byId = db.prepare('SELECT * FROM audit_log WHERE id = ?');
  // Changes to several records name them all, comma-separated (`visits.cancelled` of V-1,V-2).
  const naming = db.prepare(
    `SELECT * FROM audit_log WHERE entity = @entity
       AND (entity_id = @entity_id OR instr(',' || entity_id || ',', ',' || @entity_id || ',') > 0) ORDER BY id DESC LIMIT @limit`,
  );

  return {
    /** Appends the entry; returns its id. */
    append(entry: AuditEntryInput): number {
      const { lastInsertRowid } = insert.run({
        at: clock().toISOString(),
        actor: entry.actor ?? defaultActor,
        action: entry.action,
        entity: entry.entity,
        entity_id: entry.entityId ?? null,
        detail_json: JSON.stringify(entry.detail ?? null),
      });
      return Number(lastInsertRowid);
    },
    /** One entry by its id, or null. */
    get(id: number): AuditEntry | null {
      const row = byId.get(id) as AuditRow | undefined;
      return row ? toEntry(row) : null;
    },
    /** Entries matching the filter, newest first. */
    list(filter: AuditFilter = {}): AuditEntry[] {
      const rows = select.all({
        entity: filter.entity ?? null,
        entity_id: filter.entityId ?? null,
        limit: filter.limit ?? 100,
      }) as AuditRow[];
      return rows.map(toEntry);
    },
    /** Entries about one record, alone or among others, newest first (at most `limit`, default 100). */
    listNaming(entity: string, entityId: string, limit = 100): AuditEntry[] {
      return (naming.all({ entity, entity_id: entityId, limit }) as AuditRow[]).map(toEntry);
    },
  };
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: JSON.parse(r.detail_json) as unknown,
  };
}
