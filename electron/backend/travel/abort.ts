import { AppError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n';

/** Throws the user-facing "cancelled" error when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new AppError('cancelled', message('workspace.travelCancelled'));
  }
}

/** Lets the event loop run (abort signals, progress events) during a long computation. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
