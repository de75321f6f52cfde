import { setTimeout as sleep } from 'node:timers/promises';
import { GeocodeFailure } from './provider';

/**
 * Starts requests no closer than `minIntervalMs` apart, however many run at once: a polite pace
 * for services that limit requests per second (Nominatim's policy: one a second).
 */
export function createPace(minIntervalMs: number): (signal: AbortSignal) => Promise<void> {
  let nextStartMs = 0;
  return async (signal) => {
    const now = Date.now();
    const startMs = Math.max(now, nextStartMs);
    nextStartMs = startMs + minIntervalMs;
    if (startMs > now) await sleep(startMs - now, undefined, { signal });
  };
}

/** Runs `work` on every item, at most `concurrency` at a time, in order of starting; stops starting new ones once `signal` fires. */
export async function forEachBounded<T>(
  items: readonly T[],
  concurrency: number,
  signal: AbortSignal,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal.aborted) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

export interface RetryOptions {
  /** Further tries after the first, for retryable failures only. */
  retries: number;
  /** Wait before the first retry; doubled for each one after. */
  backoffMs: number;
}

export const DEFAULT_RETRIES: RetryOptions = { retries: 2, backoffMs: 1000 };

/** `ask()` again after a retryable failure (too many requests, a timeout, a server error), waiting longer each time. */
export async function withRetries<T>(ask: () => Promise<T>, options: RetryOptions, signal: AbortSignal): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      if (!(error instanceof GeocodeFailure) || !error.retryable || attempt >= options.retries || signal.aborted) throw error;
      await sleep(options.backoffMs * 2 ** attempt, undefined, { signal });
    }
  }
}
