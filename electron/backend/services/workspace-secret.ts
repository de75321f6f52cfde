import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';

/**
 * The workspace's secret for officer verification codes: made once, kept in the workspace's
 * database, so codes can be re-derived to answer a customer's check but not guessed.
 */
export function workspaceSecret(db: Database): string {
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'verification_secret'`).get() as { value: string } | undefined;
  if (row) return row.value;
  const secret = crypto.randomBytes(32).toString('base64url');
  db.prepare(`INSERT OR IGNORE INTO settings (key, value) VALUES ('verification_secret', ?)`).run(secret);
  return (db.prepare(`SELECT value FROM settings WHERE key = 'verification_secret'`).get() as { value: string }).value;
}
