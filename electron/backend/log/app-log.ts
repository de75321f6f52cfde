import fs from 'node:fs';
import path from 'node:path';
import electronLog from 'electron-log/node';
import { formatLogLine, type LogFields, type LogLevel, type ProcessKind } from './log-line';

/**
 * The developers' log (issue 21): what a program did and what went wrong, for diagnosing a
 * dispatcher's problem, with no personal data. Callers pass an event name and non-personal fields;
 * text is scrubbed on the way out. Writing never throws: a log that cannot be written is skipped.
 */
export interface AppLog {
  readonly kind: ProcessKind;
  /** The folder the log files are in, or null when nothing is written. */
  readonly folder: string | null;
  error(event: string, fields?: LogFields, error?: unknown): void;
  warn(event: string, fields?: LogFields, error?: unknown): void;
  info(event: string, fields?: LogFields): void;
  debug(event: string, fields?: LogFields): void;
}

export interface AppLogOptions {
  /** The user-data folder; the files go in its `logs` folder. */
  userDataDir: string;
  kind: ProcessKind;
  /** Entries below this level are dropped (default `info`). */
  level?: LogLevel;
  /** Size at which the file is rotated, bytes (default 1 MiB). */
  maxBytes?: number;
  /** Rotated files kept: `cli.1.log` (newest) … `cli.<keep>.log` (default 3). */
  keep?: number;
  clock?: () => Date;
}

/** The log folder inside the user-data folder. */
export function logFolder(userDataDir: string): string {
  return path.join(userDataDir, 'logs');
}

/** The file a program kind writes: one per kind, so the app and a command line never rotate each other's file. */
export function logFile(userDataDir: string, kind: ProcessKind): string {
  return path.join(logFolder(userDataDir), `${kind}.log`);
}

let opened = 0;

/**
 * Opens the rotating log file `<userData>/logs/<kind>.log` (electron-log's file transport, without
 * its console, IPC or remote transports: nothing leaves this computer, nothing is printed).
 */
export function openAppLog(options: AppLogOptions): AppLog {
  const file = logFile(options.userDataDir, options.kind);
  const clock = options.clock ?? (() => new Date());
  const logger = electronLog.create({ logId: `field-dispatch-${options.kind}-${++opened}` });
  logger.transports.console.level = false;
  // electron-log reports a file it cannot write through the console of the first logger made (its
  // default one, whose file registry all loggers share): stay quiet, the CLI's output is the user's.
  logger.transports.console.writeFn = () => undefined;
  electronLog.transports.console.writeFn = () => undefined;
  if (logger.transports.ipc) logger.transports.ipc.level = false;
  if (logger.transports.remote) logger.transports.remote.level = false;
  const target = logger.transports.file;
  target.level = options.level ?? 'info';
  target.maxSize = options.maxBytes ?? 1024 * 1024;
  target.resolvePathFn = () => file;
  target.archiveLogFn = (current) => rotate(current.toString(), options.keep ?? 3);
  // Lines arrive formatted and scrubbed (formatLogLine); the transport only appends them.
  target.transforms = [({ data }) => String(data[0])];

  const write = (level: LogLevel, event: string, fields?: LogFields, error?: unknown): void => {
    try {
      logger[level](formatLogLine({ at: clock(), level, kind: options.kind, event, fields, error }));
    } catch {
      // The log must never break what it records.
    }
  };
  return {
    kind: options.kind,
    folder: path.dirname(file),
    error: (event, fields, error) => write('error', event, fields, error),
    warn: (event, fields, error) => write('warn', event, fields, error),
    info: (event, fields) => write('info', event, fields),
    debug: (event, fields) => write('debug', event, fields),
  };
}

/** A log that writes nothing: tests, and code run without a user-data folder. */
export function quietLog(kind: ProcessKind = 'cli'): AppLog {
  const skip = () => undefined;
  return { kind, folder: null, error: skip, warn: skip, info: skip, debug: skip };
}

/** `x.log` → `x.1.log`, `x.1.log` → `x.2.log` … keeping `keep` (at least 1) old files; a step that fails is skipped. */
function rotate(file: string, keep: number): void {
  const { dir, name, ext } = path.parse(file);
  const numbered = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  const attempt = (step: () => void) => {
    try {
      step();
    } catch {
      // Another process may have rotated first; the next write starts a fresh file either way.
    }
  };
  const oldest = Math.max(1, keep);
  attempt(() => fs.rmSync(numbered(oldest), { force: true }));
  for (let n = oldest - 1; n >= 1; n--) attempt(() => fs.renameSync(numbered(n), numbered(n + 1)));
  attempt(() => fs.renameSync(file, numbered(1)));
}
