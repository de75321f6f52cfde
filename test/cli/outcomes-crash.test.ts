import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/open';
import { createRepos } from '../../electron/backend/db/repos';
import { importFiles } from '../../electron/backend/services/import-service';
import { demoFiles } from '../../electron/backend/services/demo-service';

// An officers' returns import killed at any moment (SIGKILL, no chance to clean up) leaves the
// workspace exactly as it was, or holds the whole file: never a part of it (issue 19).
const root = fileURLToPath(new URL('../..', import.meta.url));
const DATE = '2026-11-23';
const ROWS = 12_000;
const KILLS = 8;

let dir: string;
let base: string;
let returns: string;

/** Runs `outcomes import` in its own process; kills it after `killAfterMs` unless it ended first. */
function importInChild(db: string, killAfterMs: number | null): Promise<{ killed: boolean; ms: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'electron/cli/main.ts'), 'outcomes', 'import', '--db', db, '--file', returns],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  let killed = false;
  const timer = killAfterMs === null ? null : setTimeout(() => (killed = child.kill('SIGKILL')), killAfterMs);
  return new Promise((resolve) => {
    child.once('exit', () => {
      if (timer) clearTimeout(timer);
      resolve({ killed, ms: performance.now() - started });
    });
  });
}

/** What the workspace holds after a run: integrity, outcomes, visits done, the audit chain. */
function inspect(db: string): { integrity: string; outcomes: number; done: number; chainIntact: boolean } {
  const raw = new Database(db, { readonly: true });
  const integrity = raw.pragma('integrity_check', { simple: true }) as string;
  const outcomes = raw.prepare('SELECT count(*) FROM visit_outcomes').pluck().get() as number;
  const done = raw.prepare(`SELECT count(*) FROM visits WHERE status = 'done'`).pluck().get() as number;
  raw.close();
  const opened = openDatabase(db);
  const chainIntact = createRepos(opened).audit.verify().broken === null;
  opened.close();
  return { integrity, outcomes, done, chainIntact };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-outcomes-crash-'));
  base = path.join(dir, 'base.sqlite');
  const db = openDatabase(base);
  const repos = createRepos(db);
  const files = demoFiles({ date: DATE, visits: ROWS, officers: 50, seed: 3 });
  const reports = await importFiles(repos, [
    { kind: 'officers', fileName: 'officers.csv', bytes: Buffer.from(files.officersCsv), dryRun: false, validRowsOnly: false },
    { kind: 'visits', fileName: 'visits.csv', bytes: Buffer.from(files.visitsCsv), dryRun: false, validRowsOnly: false },
  ]);
  expect(reports.every((r) => r.written)).toBe(true);
  // The day as the field left it: every visit planned, the returns about to come in.
  db.prepare(`UPDATE visits SET status = 'planned'`).run();
  const ids = db.prepare('SELECT id FROM visits ORDER BY id').pluck().all() as string[];
  db.close();
  returns = path.join(dir, 'returns.csv');
  const rows = ids.map((id, i) => `${id},done,${i % 2 === 0 ? 'paid' : 'identity_verified'},09:00,09:30,,,回访备注 ${i}`);
  fs.writeFileSync(returns, ['visit_id,outcome,result,arrived_at,left_at,promise_amount,promise_date,remarks', ...rows].join('\n'));
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('an officers’ returns import killed at any moment', () => {
  it(`holds all ${ROWS} outcomes or none after each of ${KILLS} kills, with an intact database and audit chain`, async () => {
    // A run to the end gives the time the kills spread over.
    const whole = path.join(dir, 'whole.sqlite');
    fs.copyFileSync(base, whole);
    const full = await importInChild(whole, null);
    expect(inspect(whole)).toEqual({ integrity: 'ok', outcomes: ROWS, done: ROWS, chainIntact: true });

    const seen = { none: 0, all: 0 };
    for (let k = 1; k <= KILLS; k++) {
      const copy = path.join(dir, `kill-${k}.sqlite`);
      fs.copyFileSync(base, copy);
      await importInChild(copy, Math.round((full.ms * k) / (KILLS + 1)));
      const after = inspect(copy);
      expect(after.integrity).toBe('ok');
      expect(after.chainIntact).toBe(true);
      expect([0, ROWS]).toContain(after.outcomes);
      // Statuses move with the outcomes, in the same transaction.
      expect(after.done).toBe(after.outcomes);
      seen[after.outcomes === 0 ? 'none' : 'all'] += 1;
    }
    // The kills fell before the commit at least once: the test did test something.
    expect(seen.none).toBeGreaterThan(0);
  }, 240_000);
});
