import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli-harness';

const DATE = '2026-11-23';
const run = (...args: string[]) => runCliCaptured(args);

/** Another SQLite client (the sqlite3 shell) runs `sql` on a copy of the workspace, triggers dropped first. */
function tampered(source: string, name: string, sql: string): string {
  const copy = path.join(path.dirname(source), `${name}.sqlite`);
  fs.copyFileSync(source, copy);
  execFileSync('sqlite3', [copy, `DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ${sql}`]);
  return copy;
}

describe('audit verify', () => {
  let dir: string;
  let db: string;
  let entries: number;

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-audit-'));
    db = path.join(dir, 'day.sqlite');
    expect((await run('demo', '--out', dir, '--visits', '20', '--officers', '3', '--seed', '4', '--date', DATE)).code).toBe(0);
    const files = ['--visits', path.join(dir, 'visits.csv'), '--officers', path.join(dir, 'officers.csv')];
    expect((await run('import', '--db', db, ...files)).code).toBe(0);
    expect((await run('plan', '--date', DATE, '--db', db, '--seconds', '0.5', '--out', path.join(dir, 'plan.json'))).code).toBe(0);
    expect((await run('export', '--db', db, '--date', DATE, '--format', 'csv', '--out', path.join(dir, 'out'))).code).toBe(0);
    entries = Number(execFileSync('sqlite3', [db, 'SELECT count(*) FROM audit_log'], { encoding: 'utf8' }).trim());
    expect(entries).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('passes on a workspace only this app wrote', async () => {
    const result = await run('audit', 'verify', '--db', db, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ intact: true, entries, broken_at: null });
    expect((await run('audit', 'verify', '--db', db)).stdout).toMatch(/^The audit trail is intact: \d+ entries/);
  });

  it('fails, naming the entry, after any single row is altered, deleted or inserted by another SQLite client', async () => {
    const cases: { name: string; sql: string; brokenAt: number; says: RegExp }[] = [
      {
        name: 'altered',
        sql: `UPDATE audit_log SET actor = 'someone' WHERE id = 2;`,
        brokenAt: 2,
        says: /entry 2 is not as it was written/,
      },
      {
        name: 'detail-altered',
        sql: `UPDATE audit_log SET detail_json = '{}' WHERE id = ${entries};`,
        brokenAt: entries,
        says: new RegExp(`entry ${entries} is not as it was written`),
      },
      { name: 'deleted', sql: 'DELETE FROM audit_log WHERE id = 2;', brokenAt: 2, says: /entry 2 is missing/ },
      {
        name: 'last-deleted',
        sql: `DELETE FROM audit_log WHERE id = ${entries};`,
        brokenAt: entries - 1,
        says: new RegExp(`ends at entry ${entries - 1}, but the last entry this app wrote was entry ${entries}`),
      },
      {
        name: 'inserted',
        sql: `INSERT INTO audit_log (at, actor, action, entity, entity_id, detail_json) VALUES ('2026-11-23T01:00:00.000Z', 'cli', 'visits.setStatus', 'visit', 'V-1', '{}');`,
        brokenAt: entries + 1,
        says: new RegExp(`entry ${entries + 1} was added outside this app`),
      },
    ];
    for (const { name, sql, brokenAt, says } of cases) {
      const copy = tampered(db, name, sql);
      const json = await run('audit', 'verify', '--db', copy, '--json');
      expect(json.code, name).toBe(3);
      expect(JSON.parse(json.stdout), name).toMatchObject({ intact: false, broken_at: brokenAt });
      const sentence = await run('audit', 'verify', '--db', copy);
      expect(sentence.stderr, name).toMatch(says);
      expect((await run('audit', 'verify', '--db', copy, '--lang', 'zh')).stderr, name).toMatch(/审计记录已被篡改/);
    }
  });
});
