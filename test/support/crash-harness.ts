import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { openWorkspaceFile, rawWorkspace } from './workspace-keys';
import { createRepos } from '../../electron/backend/db/repos';

/**
 * Crash tests (issue 21): a write runs in its own process and is killed (SIGKILL, no clean-up) at
 * a moment chosen by time or at a named `crashPoint` inside its transaction; the workspace must then
 * be intact, its audit chain must verify, and the write must be wholly there or wholly absent.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The writes the child can make (crash-writer.ts). */
export type CrashWrite = 'import' | 'plan' | 'edit' | 'outcomes' | 'backup' | 'encrypt';

/** Where a kill lands: after `ms` milliseconds, or on the `nth` hit of the crash point `point`. */
export type Kill = { ms: number } | CrashAt;

/** A kill at a crash point, and what it must leave: the write absent unless `leaves` says otherwise. */
export interface CrashAt {
  point: string;
  nth: number;
  leaves?: Outcome;
}

/**
 * Bundles crash-writer.ts into one plain script once: a child then starts in a fraction of the
 * time tsx needs to compile the back end, so each kill costs little. The bundle sits under
 * node_modules so that the native and data-reading packages it leaves out still resolve.
 */
export async function buildCrashWriter(): Promise<string> {
  const outfile = path.join(root, 'node_modules', '.cache', 'crash-writer', `writer-${process.pid}.cjs`);
  await build({
    absWorkingDir: root,
    entryPoints: ['test/support/crash-writer.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', 'pdfkit'],
    logLevel: 'error',
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return outfile;
}

/** Runs one write on `db` in a child process, killed as `kill` says (unless it ended first). */
export function runWrite(
  writer: string,
  write: CrashWrite,
  db: string,
  dir: string,
  date: string,
  kill: Kill | null,
  extraEnv: NodeJS.ProcessEnv = {},
  onStderr: (text: string) => void = () => undefined,
): Promise<{ killed: boolean; code: number | null; ms: number; stderr: string }> {
  const started = performance.now();
  const env = { ...process.env, ...extraEnv };
  delete env.DISPATCH_CRASH_AT;
  if (kill && 'point' in kill) env.DISPATCH_CRASH_AT = `${kill.point}:${kill.nth}`;
  const child = spawn(process.execPath, [writer, write, db, dir, date], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr(stderr);
  });
  let timedKill = false;
  const timer = kill && 'ms' in kill ? setTimeout(() => (timedKill = child.kill('SIGKILL')), kill.ms) : null;
  return new Promise((resolve) => {
    child.once('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ killed: timedKill || signal === 'SIGKILL', code, ms: performance.now() - started, stderr });
    });
  });
}

/** A workspace's contents in numbers: rows per table, visits per status, the audit chain's head. */
export type WorkspaceState = Record<string, number | string>;

/**
 * Integrity, audit chain and contents of a workspace, read after a run. Opened writable, as the
 * app opens it: a process killed in the middle of a journal-mode change leaves a WAL only a
 * writable connection may recover (a read-only one refuses to read it at all).
 */
export function inspectWorkspace(db: string): { integrity: string; chainIntact: boolean; state: WorkspaceState } {
  const raw = rawWorkspace(db, { readonly: false });
  const integrity = raw.pragma('integrity_check', { simple: true }) as string;
  const state: WorkspaceState = {};
  const tables = raw
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const table of tables) state[table] = raw.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  for (const row of raw.prepare('SELECT status, count(*) AS n FROM visits GROUP BY status').all() as { status: string; n: number }[]) {
    state[`visits:${row.status}`] = row.n;
  }
  raw.close();
  const opened = openWorkspaceFile(db, { plain: true });
  const chainIntact = createRepos(opened).audit.verify().broken === null;
  opened.close();
  return { integrity, chainIntact, state };
}

/** Seeded random numbers in [0, 1) (mulberry32): the same kill times in every run of the suite. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How a killed write left the workspace: as before, as after, half-written, or at a committed step
 * between them that the write is designed to have (see `between`).
 */
export type Outcome = 'absent' | 'whole' | 'step' | 'half';

export interface CampaignResult {
  kills: number;
  outcomes: Record<Outcome, number>;
  /** Runs whose workspace failed the integrity check or whose audit chain did not verify. */
  damaged: string[];
  /** The kills that left a half-written result, with what the workspace held. */
  halves: string[];
  /** Kills at crash points that left something else than they must. */
  misplaced: string[];
  /** How long one uninterrupted write takes, in ms. */
  wholeMs: number;
}

/**
 * Copies the workspace `base` once per kill, runs the write on the copy and kills it; compares each
 * result with `base` before and with an uninterrupted run after. Kills by time spread over the
 * uninterrupted run's length (seeded); kills at crash points come from `points`.
 */
export async function crashCampaign(options: {
  writer: string;
  write: CrashWrite;
  base: string;
  dir: string;
  date: string;
  points: readonly CrashAt[];
  timed: number;
  seed: number;
  /**
   * For a write made of transactions one after another (each whole on its own), the states
   * between them, from the states before and after: a kill may leave any of these too.
   */
  between?: (before: WorkspaceState, after: WorkspaceState) => WorkspaceState[];
  /** What else a kill must leave right beside the workspace `copy` (a backup file): a problem, or null. */
  check?: (copy: string) => string | null;
}): Promise<CampaignResult> {
  const { writer, write, base, dir, date } = options;
  const before = inspectWorkspace(base).state;
  const whole = path.join(dir, `${write}-whole.sqlite`);
  fs.copyFileSync(base, whole);
  const full = await runWrite(writer, write, whole, dir, date, null);
  if (full.code !== 0) throw new Error(`${write} did not run to the end (${full.code}): ${full.stderr}`);
  const after = inspectWorkspace(whole).state;
  if (JSON.stringify(after) === JSON.stringify(before)) throw new Error(`${write} changed nothing: the kills would prove nothing`);

  const steps = options.between?.(before, after) ?? [];
  const random = seededRandom(options.seed);
  const kills: Kill[] = [...options.points, ...Array.from({ length: options.timed }, () => ({ ms: Math.round(random() * full.ms) }))];
  const result: CampaignResult = {
    kills: 0,
    outcomes: { absent: 0, whole: 0, step: 0, half: 0 },
    damaged: [],
    halves: [],
    misplaced: [],
    wholeMs: full.ms,
  };
  for (const [i, kill] of kills.entries()) {
    const copy = path.join(dir, `${write}-kill.sqlite`);
    // The last run's workspace and whatever it left beside it (WAL, backup, staging copies).
    for (const name of fs.readdirSync(dir)) if (name.startsWith(path.basename(copy))) fs.rmSync(path.join(dir, name), { force: true });
    fs.copyFileSync(base, copy);
    const run = await runWrite(writer, write, copy, dir, date, kill);
    const label = 'point' in kill ? `${kill.point}:${kill.nth}` : `${kill.ms} ms`;
    // A crash point the write never reaches would let it end: that kill did not happen.
    if ('point' in kill && !run.killed) throw new Error(`${write}: crash point ${label} was not reached (${run.code}) ${run.stderr}`);
    if (run.killed) result.kills += 1;
    const seen = inspectWorkspace(copy);
    if (seen.integrity !== 'ok' || !seen.chainIntact)
      result.damaged.push(`${write} #${i} ${label}: ${seen.integrity}, chain ${seen.chainIntact}`);
    const beside = options.check?.(copy);
    if (beside) result.damaged.push(`${write} #${i} ${label}: ${beside}`);
    const outcome: Outcome = same(seen.state, before)
      ? 'absent'
      : same(seen.state, after)
        ? 'whole'
        : steps.some((step) => same(seen.state, step))
          ? 'step'
          : 'half';
    result.outcomes[outcome] += 1;
    if ('point' in kill && outcome !== (kill.leaves ?? 'absent')) result.misplaced.push(`${write} ${label}: ${outcome}`);
    if (outcome === 'half') result.halves.push(`${write} #${i} ${label}: ${differences(seen.state, before, after)}`);
  }
  return result;
}

function same(a: WorkspaceState, b: WorkspaceState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What a half-written workspace holds that neither the state before nor the one after holds. */
function differences(seen: WorkspaceState, before: WorkspaceState, after: WorkspaceState): string {
  const keys = [...new Set([...Object.keys(seen), ...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => seen[k] !== before[k] || seen[k] !== after[k])
    .map((k) => `${k}=${seen[k]} (before ${before[k]}, after ${after[k]})`)
    .join(', ');
}
