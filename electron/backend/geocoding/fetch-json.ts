import { message } from '../../../shared/i18n';
import { GeocodeFailure } from './provider';

/** How long one request may take before it counts as failed (and is tried again). */
export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * GETs `url` and parses its JSON body. Too many requests (429), server errors and timeouts are
 * retryable failures; any other HTTP error or a body that is not JSON is a failure as it stands.
 * A cancel by the user (`signal`) is passed through as the AbortError it is.
 */
export async function fetchJson(url: URL, signal: AbortSignal, timeoutMs = REQUEST_TIMEOUT_MS): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.any([signal, timeout]), headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    if (timeout.aborted) throw timedOut(timeoutMs);
    throw new GeocodeFailure(message('geocoding.unreachable'), true);
  }
  if (!response.ok) {
    await response.body?.cancel();
    const retryable = response.status === 429 || response.status >= 500;
    throw new GeocodeFailure(message('geocoding.httpStatus', { status: response.status }), retryable);
  }
  try {
    return await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    if (timeout.aborted) throw timedOut(timeoutMs);
    throw new GeocodeFailure(message('geocoding.badAnswer'), false);
  }
}

const timedOut = (ms: number) => new GeocodeFailure(message('geocoding.timedOut', { seconds: Math.round(ms / 100) / 10 }), true);

/** The service's base address with `path` under it (a base with a path of its own keeps it). */
export function endpoint(base: string, path: string): URL {
  return new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`);
}
