import { expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../../electron/backend/db/migrate';

// A schema change without a new migration (or a migration that does more than intended) shows up
// as a diff in this committed file. Update it deliberately with `vitest run -u`.
it('matches the committed schema snapshot', async () => {
  const db = new Database(':memory:');
  migrate(db);
  const rows = db.prepare('SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name').all() as {
    type: string;
    name: string;
    sql: string;
  }[];
  db.close();
  const text = rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql.replace(/^ {6}/gm, '')};\n`).join('\n');
  await expect(text).toMatchFileSnapshot('./__snapshots__/schema.sql');
});
