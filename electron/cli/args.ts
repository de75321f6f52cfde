import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Language, languageOfLocale, LocalDate } from '../../shared/domain';
import { usageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's flags strictly; an unknown or malformed flag is a usage error, not a crash. */
export function parseFlags<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw usageError(`Could not read the command line: ${detail}`, `无法识别命令行参数：${detail}`);
  }
}

/** A required string flag. */
export function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') {
    throw usageError(`The option --${flag} is required.`, `缺少必需的参数 --${flag}。`);
  }
  return value;
}

/** An integer flag within bounds, or the default when absent. */
export function intFlag(value: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw usageError(`--${flag} must be a whole number from ${min} to ${max} (got "${value}").`, `--${flag} 必须是 ${min} 到 ${max} 之间的整数（收到“${value}”）。`);
  }
  return n;
}

/** A number flag within bounds, or the default when absent. */
export function numberFlag(value: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw usageError(`--${flag} must be a number from ${min} to ${max} (got "${value}").`, `--${flag} 必须是 ${min} 到 ${max} 之间的数字（收到“${value}”）。`);
  }
  return n;
}

/** A `YYYY-MM-DD` date flag. */
export function dateFlag(value: string | undefined, flag = 'date'): LocalDate {
  const text = required(value, flag);
  const parsed = LocalDate.safeParse(text);
  if (!parsed.success) {
    throw usageError(`--${flag} must be a real date like 2026-11-23 (got "${text}").`, `--${flag} 必须是有效日期，例如 2026-11-23（收到“${text}”）。`);
  }
  return parsed.data;
}

/**
 * `--lang en|zh`, or the system's language when absent: Chinese when the locale variables (in
 * POSIX order of precedence) or, failing them, the runtime's locale say zh.
 */
export function languageFlag(value: string | undefined, env: NodeJS.ProcessEnv, runtimeLocale = Intl.DateTimeFormat().resolvedOptions().locale): Language {
  if (value === undefined) return languageOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || runtimeLocale);
  const parsed = Language.safeParse(value);
  if (!parsed.success) throw usageError(`--lang must be en or zh (got "${value}").`, `--lang 必须是 en 或 zh（收到“${value}”）。`);
  return parsed.data;
}
