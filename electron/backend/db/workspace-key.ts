import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';

/**
 * Workspace encryption (issue 21): SQLCipher 4's format, as SQLite3 Multiple Ciphers writes it, so a
 * workspace and its key also open in SQLCipher's own tools. A generated key is 32 random bytes
 * given as a raw key (no key derivation: opening stays instant); a key a person chose is a
 * passphrase, stretched by SQLCipher's key derivation.
 */
const RAW_KEY = /^[0-9a-f]{64}$/i;

/** A new workspace's key: 32 random bytes, as hex. */
export function generateWorkspaceKey(): string {
  return randomBytes(32).toString('hex');
}

/** Sets the cipher and `key` on a connection just opened, before anything reads the file. */
export function applyWorkspaceKey(db: Db, key: string): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = ${keyLiteral(key)}`);
}

/** Re-encrypts an open plain connection's file with `key`, in place (rollback journal mode only). */
export function encryptInPlace(db: Db, key: string): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`rekey = ${keyLiteral(key)}`);
}

function keyLiteral(key: string): string {
  const text = RAW_KEY.test(key) ? `x'${key}'` : key;
  return `'${text.replace(/'/g, "''")}'`;
}

/** What a path holds: nothing yet, a plain SQLite file, or something else (an encrypted workspace). */
export type WorkspaceFileKind = 'none' | 'plain' | 'encrypted';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Tells plain SQLite files from encrypted ones by their header; an empty file is none yet. */
export function workspaceFileKind(file: string): WorkspaceFileKind {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return 'none';
  }
  if (size === 0) return 'none';
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(SQLITE_HEADER) ? 'plain' : 'encrypted';
}
