import crypto from 'node:crypto';
import type { Database as Db } from 'better-sqlite3';

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;

/** Workspace settings, one text value per key. */
export function createSettingsRepo(db: Db) {
  const read = db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`);
  const insertOnce = db.prepare<[string, string]>(`INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)`);
  return {
    /**
     * The secret behind officers' verification codes: made once and kept in the workspace, so a
     * code can be re-derived to answer a customer's check but not guessed. INSERT OR IGNORE keeps
     * the first one if two windows make it at once.
     */
    verificationSecret(): string {
      const stored = read.get('verification_secret');
      if (stored) return stored.value;
      insertOnce.run('verification_secret', crypto.randomBytes(32).toString('base64url'));
      return read.get('verification_secret')!.value;
    },
  };
}
