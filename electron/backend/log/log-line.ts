import { AppError } from '../../../shared/api/errors';
import { scrubPersonalData } from '../../../shared/logic/scrub';

/** Which program wrote a line: the desktop app, the browser back end (`dispatch web`) or the command line. */
export type ProcessKind = 'app' | 'web' | 'cli';

/** The levels the log keeps, most severe first. */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

/** A value the log writes: numbers and flags as they are, text only after scrubbing. */
export type LogValue = string | number | boolean | null | undefined;

/**
 * What a line says besides its event: non-personal facts such as a command or method name, ids
 * (`V-…`, `OF-…`), counts, durations and error codes. Never customers' details or remarks.
 */
export type LogFields = Readonly<Record<string, LogValue>>;

/** One entry before it is written. */
export interface LogEntry {
  at: Date;
  level: LogLevel;
  kind: ProcessKind;
  event: string;
  fields?: LogFields;
  error?: unknown;
}

/** Longest text value kept in a line, after scrubbing. */
const MAX_TEXT = 300;
/** Stack frames kept for an error: enough to find our bug. */
const MAX_FRAMES = 15;

/**
 * One entry as text: `2026-11-22 15:00:00.123 +08:00 [info] [cli] cli.end command=plan exitCode=0 ms=812`,
 * then, for an error, its stack frames on indented lines. Every text passes the scrubber.
 */
export function formatLogLine(entry: LogEntry): string {
  const error = entry.error === undefined ? undefined : describeError(entry.error);
  const fields: LogFields = { ...entry.fields, ...(error && { error: error.name, code: error.code, message: error.message }) };
  const pairs = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${identifier(key)}=${formatValue(value)}`);
  const head = [timestamp(entry.at), `[${entry.level}]`, `[${entry.kind}]`, identifier(entry.event), ...pairs].join(' ');
  return [head, ...(error?.frames ?? []).map((frame) => `    ${frame}`)].join('\n');
}

/** What the log and crash reports keep of an error; the message and frames are scrubbed. */
export interface ErrorFacts {
  name: string;
  /** An AppError's code, or a system error's (`ENOENT` …). */
  code?: string;
  message?: string;
  frames: string[];
}

/**
 * What is kept of an error. An AppError's sentence may quote imported values, so only its code is
 * kept (and its stack when it is our fault); another error keeps its name, its scrubbed message, a
 * system error code and its stack frames. Anything else keeps only its type.
 */
export function describeError(error: unknown): ErrorFacts {
  if (error instanceof AppError) {
    return { name: 'AppError', code: error.code, frames: error.code === 'internal' ? stackFrames(error.stack) : [] };
  }
  if (error instanceof Error) {
    const systemCode = (error as NodeJS.ErrnoException).code;
    return {
      name: error.name,
      ...(typeof systemCode === 'string' && { code: systemCode }),
      message: scrubPersonalData(error.message).slice(0, MAX_TEXT),
      frames: stackFrames(error.stack),
    };
  }
  return { name: typeof error, frames: [] };
}

/** The `at …` lines of a stack, without its first line(s), which repeat the message. */
function stackFrames(stack: string | undefined): string[] {
  if (!stack) return [];
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => scrubPersonalData(line.trim()));
}

function formatValue(value: LogValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  if (typeof value === 'boolean') return String(value);
  const text = scrubPersonalData(String(value)).slice(0, MAX_TEXT);
  return /^[\w.:/@+,-]+$/.test(text) ? text : JSON.stringify(text);
}

/** Event names and field keys are code, not data; anything else in them is flattened. */
function identifier(name: string): string {
  const clean = name.replace(/[^\w.-]/g, '_').slice(0, 60);
  return clean === '' ? '_' : clean;
}

/** Local time with its offset, as a dispatcher reads the clock: `2026-11-22 15:00:00.123 +08:00`. */
function timestamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const offsetMin = -at.getTimezoneOffset();
  const sign = offsetMin < 0 ? '-' : '+';
  const offset = `${sign}${two(Math.floor(Math.abs(offsetMin) / 60))}:${two(Math.abs(offsetMin) % 60)}`;
  const date = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const time = `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}.${String(at.getMilliseconds()).padStart(3, '0')}`;
  return `${date} ${time} ${offset}`;
}
