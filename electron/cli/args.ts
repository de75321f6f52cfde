import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Language, LocalDate } from '../../shared/domain';
import { usageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's flags strictly; an unknown or malformed flag is a usage error, not a crash. */
export function parseFlags<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw usageError('cli.unreadableArgs', { detail });
  }
}

/** A required string flag. */
export function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') {
    throw usageError('cli.required', { flag });
  }
  return value;
}

/** An integer flag within bounds, or the default when absent. */
export function intFlag(value: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw usageError('cli.notWholeNumber', { flag, min, max, value });
  }
  return n;
}

/** A number flag within bounds, or the default when absent. */
export function numberFlag(value: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw usageError('cli.notNumber', { flag, min, max, value });
  }
  return n;
}

/** A `YYYY-MM-DD` date flag. */
export function dateFlag(value: string | undefined, flag = 'date'): LocalDate {
  const text = required(value, flag);
  const parsed = LocalDate.safeParse(text);
  if (!parsed.success) {
    throw usageError('cli.notDate', { flag, value: text });
  }
  return parsed.data;
}

/** `--lang en|zh`, or `fallback` (the command line's language, see `cliLanguage`) when absent. */
export function languageFlag(value: string | undefined, fallback: Language): Language {
  if (value === undefined) return fallback;
  const parsed = Language.safeParse(value);
  if (!parsed.success) throw usageError('cli.badLang', { value });
  return parsed.data;
}
