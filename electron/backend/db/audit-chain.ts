import { createHash } from 'node:crypto';

/** An audit row as the chain reads it: every column that says what happened. */
export interface ChainRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail_json: string;
  hash: string | null;
}

/** The hash before the first entry. */
export const GENESIS = '0'.repeat(64);

/**
 * An entry's link: SHA-256 of the previous link and the entry's columns (as a JSON array, so no
 * two different rows read the same). Changing any column, or the entry before, changes it.
 */
export function linkHash(previous: string, row: Omit<ChainRow, 'hash'>): string {
  const content = JSON.stringify([row.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.detail_json]);
  return createHash('sha256').update(`${previous}\n${content}`, 'utf8').digest('hex');
}

/** Where the chain breaks, and why, in terms a verifier names: the first entry that does not hold. */
export type ChainBreak =
  | { kind: 'changed'; id: number }
  | { kind: 'missing'; id: number; after: number }
  | { kind: 'unsealed'; id: number }
  | { kind: 'headMismatch'; id: number; lastId: number };

export interface ChainVerdict {
  entries: number;
  /** The newest entry's link (GENESIS for an empty log). */
  head: { id: number; hash: string };
  broken: ChainBreak | null;
}

/**
 * Walks the log oldest first and recomputes every link. The chain breaks at the first entry whose
 * stored hash differs from its recomputed link (changed, or an entry before it changed), at a gap
 * in the ids (an entry removed), at an entry without a hash after sealing began (slipped in), or
 * when the recorded head does not name the last entry (the newest entries removed).
 */
export function verifyChain(rows: Iterable<ChainRow>, recordedHead: { lastId: number; lastHash: string } | null): ChainVerdict {
  let previous = GENESIS;
  let lastId = 0;
  let entries = 0;
  let sealing = false;
  for (const row of rows) {
    entries++;
    if (row.id !== lastId + 1) return verdict(entries, lastId, previous, { kind: 'missing', id: lastId + 1, after: lastId });
    const link = linkHash(previous, row);
    if (row.hash !== null) sealing = true;
    if (sealing && row.hash === null) return verdict(entries, lastId, previous, { kind: 'unsealed', id: row.id });
    if (row.hash !== null && row.hash !== link) return verdict(entries, lastId, previous, { kind: 'changed', id: row.id });
    previous = link;
    lastId = row.id;
  }
  if (recordedHead && (recordedHead.lastId !== lastId || recordedHead.lastHash !== previous)) {
    return verdict(entries, lastId, previous, { kind: 'headMismatch', id: lastId, lastId: recordedHead.lastId });
  }
  return verdict(entries, lastId, previous, null);
}

function verdict(entries: number, id: number, hash: string, broken: ChainBreak | null): ChainVerdict {
  return { entries, head: { id, hash }, broken };
}
