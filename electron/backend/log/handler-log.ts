import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { HandlerDeps } from '../handlers';
import type { AppLog } from './app-log';

/** Calls slower than this are logged at `info`, the others at `debug`. */
export const SLOW_CALL_MS = 1000;

/**
 * `handlers` that log each call: the method, how long it took, how it ended (`ok`, or the error's
 * code) and the result's counts (`resultCounts`). Inputs and results themselves are never logged:
 * they carry customers' details.
 */
export function withCallLog(handlers: Handlers, log: AppLog, nowMs: () => number = () => performance.now()): Handlers {
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    wrapped[method] = async (input) => {
      const started = nowMs();
      const ms = () => Math.round(nowMs() - started);
      try {
        const result = await handler(input);
        const took = ms();
        (took >= SLOW_CALL_MS ? log.info : log.debug)('call', { method, ms: took, result: 'ok', ...resultCounts(result) });
        return result;
      } catch (error) {
        const code = error instanceof AppError ? error.code : 'internal';
        (code === 'internal' ? log.warn : log.info)('call', { method, ms: ms(), result: code });
        throw error;
      }
    };
  }
  return wrapped as unknown as Handlers;
}

/**
 * The counts a result carries, which are never personal: the length of a list, and the numbers
 * named `…Count` at its top level or in its `stats` (`assignedCount`, `unassignedCount` …).
 */
export function resultCounts(result: unknown): Record<string, number> {
  if (Array.isArray(result)) return { count: result.length };
  if (typeof result !== 'object' || result === null) return {};
  const counts: Record<string, number> = {};
  const stats = (result as { stats?: unknown }).stats;
  for (const source of [result, typeof stats === 'object' && stats !== null ? stats : {}]) {
    for (const [key, value] of Object.entries(source)) if (key.endsWith('Count') && typeof value === 'number') counts[key] = value;
  }
  return counts;
}

/** The handlers' `logError` writing to `log`: the error's code, name, scrubbed message and stack. */
export function logHandlerErrors(log: AppLog): NonNullable<HandlerDeps['logError']> {
  return (where, error) => log.error('handler.unexpected', { where }, error);
}
