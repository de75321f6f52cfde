import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describeError, type ErrorFacts, type ProcessKind } from './log-line';

/** What crashed: the window's renderer, another Chromium process, or a solver worker thread. */
export type CrashKind = 'renderer' | 'child-process' | 'solver-worker';

/** What is known of a crash when it happens. */
export interface CrashFacts {
  kind: CrashKind;
  /** Electron's reason (`crashed`, `oom`, `killed` …), or `error` / `exit` for a worker. */
  reason: string;
  exitCode: number | null;
  /** The Chromium process type of a child process (`GPU`, `Utility` …). */
  processType?: string;
  /** A worker's uncaught error: its name, scrubbed message and stack frames are kept. */
  error?: unknown;
}

/**
 * A local crash report (issue 21): a JSON file in `<userData>/crash-reports`, never sent anywhere.
 * It says when, what and why, and which build on which platform; nothing about customers.
 */
export interface CrashReport {
  format: 'field-dispatch-crash-report';
  version: 1;
  /** ISO 8601, UTC. */
  when: string;
  kind: CrashKind;
  reason: string;
  exitCode: number | null;
  processType?: string;
  /** The program that wrote the report. */
  processKind: ProcessKind;
  appVersion: string;
  platform: string;
  arch: string;
  versions: { node: string; electron?: string };
  error?: ErrorFacts;
}

/** Reports kept; the oldest beyond this are deleted when a new one is written. */
export const CRASH_REPORTS_KEPT = 50;

/** The crash reports' folder inside the user-data folder. */
export function crashReportFolder(userDataDir: string): string {
  return path.join(userDataDir, 'crash-reports');
}

/** The report for `facts`, as the program `processKind` of version `appVersion` writes it at `at`. */
export function crashReportOf(facts: CrashFacts, context: { processKind: ProcessKind; appVersion: string; at: Date }): CrashReport {
  return {
    format: 'field-dispatch-crash-report',
    version: 1,
    when: context.at.toISOString(),
    kind: facts.kind,
    reason: token(facts.reason),
    exitCode: Number.isFinite(facts.exitCode) ? facts.exitCode : null,
    ...(facts.processType !== undefined && { processType: token(facts.processType) }),
    processKind: context.processKind,
    appVersion: context.appVersion,
    platform: process.platform,
    arch: process.arch,
    versions: { node: process.versions.node, ...(process.versions.electron && { electron: process.versions.electron }) },
    ...(facts.error !== undefined && { error: describeError(facts.error) }),
  };
}

/**
 * Writes `report` as `crash-<time>-<kind>-<random>.json` into `folder` (created if needed), deletes
 * the oldest reports beyond `CRASH_REPORTS_KEPT`, and returns the new file's path. Throws when the
 * folder cannot be written.
 */
export function writeCrashReport(folder: string, report: CrashReport): string {
  fs.mkdirSync(folder, { recursive: true });
  const stamp = report.when.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const file = path.join(folder, `crash-${stamp}-${report.kind}-${randomBytes(3).toString('hex')}.json`);
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n', { flag: 'wx' });
  pruneReports(folder);
  return file;
}

function pruneReports(folder: string): void {
  try {
    const reports = fs
      .readdirSync(folder)
      .filter((name) => /^crash-.*\.json$/.test(name))
      .sort();
    for (const name of reports.slice(0, Math.max(0, reports.length - CRASH_REPORTS_KEPT)))
      fs.rmSync(path.join(folder, name), { force: true });
  } catch {
    // Pruning is housekeeping; the new report is written either way.
  }
}

/** Reasons and process types are Electron's words; anything else is not kept. */
function token(value: string): string {
  return /^[\w -]{1,40}$/.test(value) ? value : 'unknown';
}
