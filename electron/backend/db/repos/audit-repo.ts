import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { GENESIS, linkHash, verifyChain, type ChainRow, type ChainVerdict } from '../audit-chain';
import { systemClock, type Clock } from './clock';
import { crashPoint } from '../../crash-point';

/** Who did what to which record; detail is any JSON-serialisable value. */
export interface AuditEntryInput {
  /** `demo`, or by default the signed-in user's id or the channel (see createRepos). */
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

/** A row of `audit_log`: what happened, and its link in the chain. */
type AuditRow = ChainRow;

export type AuditRepo = ReturnType<typeof createAuditRepo>;

/**
 * The append-only `audit_log`: triggers in the schema reject updates and deletes, and every entry
 * is a link of a hash chain (see audit-chain.ts), so a change made around the triggers shows.
 */
export function createAuditRepo(db: Db, clock: Clock = systemClock, defaultActor: string | (() => string) = 'dispatcher') {
  const actorNow = typeof defaultActor === 'function' ? defaultActor : () => defaultActor;
  const insert = db.prepare(
    `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail_json, hash)
       VALUES (@id, @at, @actor, @action, @entity, @entity_id, @detail_json, @hash)`,
  );
  const last = db.prepare<[], { id: number; hash: string | null }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const chain = db.prepare<[], ChainRow>('SELECT id, at, actor, action, entity, entity_id, detail_json, hash FROM audit_log ORDER BY id');
  const head = db.prepare<[], { lastId: number; lastHash: string }>(
    'SELECT last_id AS lastId, last_hash AS lastHash FROM audit_head WHERE singleton = 1',
  );
  const setHead = db.prepare<[number, string]>(
    `INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, ?, ?)
       ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash`,
  );
  /** The newest link: its stored hash, or (entries written before the chain) the chain walked so far. */
  const newestLink = (): { id: number; hash: string } => {
    const newest = last.get();
    if (!newest) return { id: 0, hash: GENESIS };
    return newest.hash !== null ? { id: newest.id, hash: newest.hash } : verifyChain(chain.iterate(), null).head;
  };
  const appendLinked = db.transaction((fields: Omit<ChainRow, 'id' | 'hash'>): number => {
    const previous = newestLink();
    const row = { id: previous.id + 1, ...fields };
    const hash = linkHash(previous.hash, row);
    insert.run({ ...row, hash });
    crashPoint('audit.link');
    setHead.run(row.id, hash);
    return row.id;
  });
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
    /** Who an entry appended now names by default: the signed-in user, or the channel. */
    actorNow,
    /** Appends the entry as the chain's next link; returns its id. */
    append(entry: AuditEntryInput): number {
      return appendLinked({
        at: clock().toISOString(),
        actor: entry.actor ?? actorNow(),
        action: entry.action,
        entity: entry.entity,
        entity_id: entry.entityId ?? null,
        detail_json: JSON.stringify(entry.detail ?? null),
      });
    },
    /** Recomputes the whole chain: intact, or the first entry that does not hold. */
    verify(): ChainVerdict {
      return verifyChain(chain.iterate(), head.get() ?? null);
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
