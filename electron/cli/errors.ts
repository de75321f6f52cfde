import { AppError, badInput } from '../../shared/api/errors';

/** Exit codes: 0 success, 1 our fault (unexpected), 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** A usage mistake, reported like any other bad input. */
export function usageError(en: string, zh: string): AppError {
  return badInput(en, zh);
}

/**
 * Prints an error for a person: the sentence in English and Chinese, never a stack trace for
 * their mistakes; unexpected errors print a short note (and the stack only with DISPATCH_DEBUG=1).
 */
export function reportError(error: unknown, stderr: NodeJS.WritableStream, env: NodeJS.ProcessEnv): number {
  if (error instanceof AppError) {
    stderr.write(`Error: ${error.userMessage.en}\n错误：${error.userMessage.zh}\n`);
    return error.code === 'internal' ? EXIT_INTERNAL : EXIT_BAD_INPUT;
  }
  const detail = error instanceof Error ? error.message : String(error);
  stderr.write(`Unexpected error: ${detail}\n意外错误：${detail}\n`);
  if (env.DISPATCH_DEBUG === '1' && error instanceof Error) stderr.write(`${error.stack}\n`);
  return EXIT_INTERNAL;
}
