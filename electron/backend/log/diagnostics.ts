import { AppError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';
import { APP_VERSION } from '../app-version';
import type { WorkerCrash } from '../solver-worker/worker-runner';
import { openAppLog, quietLog, type AppLog } from './app-log';
import { crashReportFolder, crashReportOf, writeCrashReport, type CrashFacts } from './crash-report';
import type { LogLevel, ProcessKind } from './log-line';

/**
 * Where a program leaves traces for the developers, all on this computer: the log, and crash
 * reports. Both are written without personal data.
 */
export interface Diagnostics {
  log: AppLog;
  /** The crash reports' folder, or null when none are written. */
  crashFolder: string | null;
  /** Writes a crash report and logs it; returns the report's path, or null when it could not be written. */
  saveCrash(facts: CrashFacts): string | null;
  /**
   * For a solver worker that died: saves its crash report and returns the error the planning call
   * fails with, whose sentence says the report was saved and where.
   */
  workerCrashed(crash: WorkerCrash): AppError;
}

export interface DiagnosticsOptions {
  userDataDir: string;
  kind: ProcessKind;
  /** Default: this build's version. */
  appVersion?: string;
  level?: LogLevel;
  clock?: () => Date;
  /** The log to write to instead of opening `<userData>/logs/<kind>.log` (tests). */
  log?: AppLog;
}

/** The diagnostics of a program with a user-data folder: its log file and crash-reports folder. */
export function createDiagnostics(options: DiagnosticsOptions): Diagnostics {
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? openAppLog({ userDataDir: options.userDataDir, kind: options.kind, level: options.level, clock });
  const folder = crashReportFolder(options.userDataDir);
  const appVersion = options.appVersion ?? APP_VERSION;
  const saveCrash = (facts: CrashFacts): string | null => {
    log.error('crash', { kind: facts.kind, reason: facts.reason, exitCode: facts.exitCode, processType: facts.processType }, facts.error);
    try {
      const file = writeCrashReport(folder, crashReportOf(facts, { processKind: options.kind, appVersion, at: clock() }));
      log.info('crash.reportSaved', { kind: facts.kind });
      return file;
    } catch (error) {
      log.warn('crash.reportUnwritable', { kind: facts.kind }, error);
      return null;
    }
  };
  return { log, crashFolder: folder, saveCrash, workerCrashed: (crash) => workerCrashError(saveCrash(workerFacts(crash))) };
}

/** Diagnostics that write nothing (tests, and code that runs without a user-data folder). */
export function quietDiagnostics(kind: ProcessKind = 'cli'): Diagnostics {
  return { log: quietLog(kind), crashFolder: null, saveCrash: () => null, workerCrashed: () => workerCrashError(null) };
}

function workerFacts(crash: WorkerCrash): CrashFacts {
  return {
    kind: 'solver-worker',
    reason: crash.reason,
    exitCode: crash.exitCode,
    ...(crash.error !== undefined && { error: crash.error }),
  };
}

function workerCrashError(file: string | null): AppError {
  return new AppError('internal', file === null ? message('crash.workerGoneUnsaved') : message('crash.workerGone', { file }));
}
