import { throwIfAborted } from './abort';
import { RoadServerError, isBusyStatus, shortDetail, type RoadBlock, type RoadEngine, type RoadRequest } from './road-engine';

/** How one road server is asked: its limits and the patience shown with it. */
export interface RoadClientConfig {
  baseUrl: string;
  apiKey: string;
  /** Most sources, and most destinations, in one request. */
  maxLocations: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Milliseconds one request may take. */
  timeoutMs: number;
  /** Further tries after a failed one (network error, timeout, 5xx, 429). */
  retries: number;
  /** Wait before the first retry, doubled before each next one. */
  backoffMs: number;
}

/** Defaults for a server on the office network: a few requests at once, patient but not forever. */
export const ROAD_CLIENT_DEFAULTS = { concurrency: 4, timeoutMs: 30_000, retries: 3, backoffMs: 500 } as const;

/** Failures worth another try: the server may be back, or less busy, in a moment. */
const RETRIED = new Set(['unreachable', 'timeout', 'busy']);

/**
 * Sends one request and reads it as the engine's table block, retrying network errors, timeouts,
 * 5xx and 429 with exponential backoff. A size-limit or other refusal is thrown at once. An abort
 * of `signal` throws the `cancelled` AppError.
 */
export async function sendWithRetry(
  engine: RoadEngine,
  request: RoadRequest,
  shape: { rows: number; cols: number },
  config: RoadClientConfig,
  signal?: AbortSignal,
): Promise<RoadBlock> {
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(signal);
    try {
      return await sendOnce(engine, request, shape, config, signal);
    } catch (error) {
      throwIfAborted(signal);
      if (!(error instanceof RoadServerError) || !RETRIED.has(error.kind) || attempt >= config.retries) throw error;
      await pause(config.backoffMs * 2 ** attempt, signal);
    }
  }
}

async function sendOnce(
  engine: RoadEngine,
  request: RoadRequest,
  { rows, cols }: { rows: number; cols: number },
  config: RoadClientConfig,
  signal?: AbortSignal,
): Promise<RoadBlock> {
  const timeout = AbortSignal.timeout(config.timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let status: number;
  let text: string;
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: { accept: 'application/json', ...(request.body !== undefined && { 'content-type': 'application/json' }) },
      ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
      signal: both,
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    throwIfAborted(signal);
    if (timeout.aborted) throw new RoadServerError('timeout', `no answer within ${Math.round(config.timeoutMs / 100) / 10} s`);
    throw new RoadServerError('unreachable', networkCause(error));
  }
  if (isBusyStatus(status)) throw new RoadServerError('busy', shortDetail(`HTTP ${status} ${text}`), status);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const block = engine.read(status, body, rows, cols);
  if (block instanceof RoadServerError) throw block;
  return block;
}

/** Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return shortDetail(cause.message);
  return error instanceof Error ? shortDetail(error.message) : String(error);
}

/** Waits `ms`, or less when the signal fires (the caller then throws `cancelled`). */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
