import { AppError, badInput } from '../../shared/api/errors';
import { message, type MessageKey, type MessageValues } from '../../shared/i18n';
import type { CliContext } from './context';
import { line } from './language';

/** Exit codes: 0 success, 1 our fault (unexpected), 2 bad input or usage, 3 a check found problems. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;
/** A check ran and found something that must be dealt with (a tampered audit trail). */
export const EXIT_FOUND_PROBLEMS = 3;

/** A usage mistake, reported like any other bad input. */
export function usageError(key: MessageKey, values?: MessageValues): AppError {
  return badInput(message(key, values));
}

/**
 * Prints an error for a person, in the command line's language: the sentence, never a stack trace
 * for their mistakes; unexpected errors print a short note (and the stack only with DISPATCH_DEBUG=1).
 */
export function reportError(error: unknown, ctx: Pick<CliContext, 'stderr' | 'env' | 'language'>): number {
  if (error instanceof AppError) {
    ctx.stderr.write(line(ctx.language, 'cli.error', { message: error.userMessage }));
    return error.code === 'internal' ? EXIT_INTERNAL : EXIT_BAD_INPUT;
  }
  const detail = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(line(ctx.language, 'cli.unexpectedError', { detail }));
  if (ctx.env.DISPATCH_DEBUG === '1' && error instanceof Error) ctx.stderr.write(`${error.stack}\n`);
  return EXIT_INTERNAL;
}
