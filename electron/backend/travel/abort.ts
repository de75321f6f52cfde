import { AppError } from '../../../shared/api/errors';

/** Throws the user-facing "cancelled" error when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new AppError('cancelled', { en: 'Travel time calculation was cancelled.', zh: '行程时间计算已取消。' });
  }
}

/** Lets the event loop run (abort signals, progress events) during a long computation. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
