import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../../electron/cli/main';

/** Runs the CLI in-process and captures what it prints. */
export async function runCliCaptured(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await runCli(argv, {
    stdout: sink((t) => {
      stdout += t;
    }),
    stderr: sink((t) => {
      stderr += t;
    }),
    env: { DISPATCH_USER_DATA: process.env.DISPATCH_USER_DATA ?? '/nonexistent-user-data', LANG: 'en_US.UTF-8', ...env },
    clock: () => new Date('2026-11-22T07:00:00Z'),
    nowMs: () => performance.now(),
  });
  return { code, stdout, stderr };
}

/**
 * A synthetic demo day written to `dir`, imported into `dir/day.sqlite` and planned through the
 * command line, as a dispatcher's morning leaves it; `dir/plan.json` holds the plan. Returns the
 * workspace file. Throws, with what the command said, when a step fails.
 */
export async function plannedDemoWorkspace(
  dir: string,
  day: { date: string; visits: number; officers: number; seed: number; seconds?: number },
): Promise<string> {
  const db = path.join(dir, 'day.sqlite');
  const steps = [
    [
      'demo',
      '--out',
      dir,
      '--visits',
      String(day.visits),
      '--officers',
      String(day.officers),
      '--seed',
      String(day.seed),
      '--date',
      day.date,
    ],
    ['import', '--db', db, '--visits', path.join(dir, 'visits.csv'), '--officers', path.join(dir, 'officers.csv')],
    ['plan', '--date', day.date, '--db', db, '--seconds', String(day.seconds ?? 0.5), '--out', path.join(dir, 'plan.json')],
  ];
  for (const argv of steps) {
    const result = await runCliCaptured(argv);
    if (result.code !== 0) throw new Error(`${argv[0]} failed (${result.code}): ${result.stderr}`);
  }
  return db;
}

/** The command-line tests' supervisor, added as the workspace's first profile by `addSupervisor`. */
export const CLI_SUPERVISOR = 'zhou';

/** Adds the supervisor profile to the workspace `db` (created if new), as a lender's set-up does first. */
export async function addSupervisor(db: string): Promise<void> {
  const added = await runCliCaptured(['users', 'add', '--db', db, '--id', CLI_SUPERVISOR, '--name', 'Zhou Min', '--role', 'supervisor']);
  if (added.code !== 0) throw new Error(`users add: ${added.stderr}`);
}

/**
 * Visiting rules that allow a visit at any hour, stored in the workspace `db` by the supervisor:
 * for tests of the board's own flags (windows, shifts), which a stop pushed into the evening would
 * otherwise turn into a refused move.
 */
export async function allowVisitsAllDayIn(db: string, dir: string): Promise<void> {
  await addSupervisor(db);
  const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, ['00:00-24:00']]));
  const file = path.join(dir, 'all-day-rules.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      format: 'field-dispatch-rules',
      version: 1,
      rules: { hours, holidays: [], workdays: [], noVisitDays: [], frequency: { maxVisits: 2, windowDays: 7, minGapHours: 48 } },
    }),
  );
  const saved = await runCliCaptured(['rules', 'import', '--db', db, '--file', file, '--reason', 'Board tests', '--user', CLI_SUPERVISOR]);
  if (saved.code !== 0) throw new Error(`rules import: ${saved.stderr}`);
}
