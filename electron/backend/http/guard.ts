import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh per-launch access token: 24 random bytes, base64url (32 characters). */
export function createAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Constant-time comparison of a presented token with the expected one. Both are hashed first so
 * the comparison does not leak the expected length either.
 */
export function tokensMatch(presented: string | null | undefined, expected: string): boolean {
  if (!presented) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token a request carries: the `x-dispatch-token` header, or `?token=` for EventSource. */
export function presentedToken(req: IncomingMessage, url: URL): string | null {
  const header = req.headers['x-dispatch-token'];
  if (typeof header === 'string') return header;
  return url.searchParams.get('token');
}

/** Host headers the server answers to: only loopback names with its own port. */
function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Origins that may talk to the server: its own, under either loopback name. */
function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

/**
 * Rejects DNS rebinding (a foreign name resolving to 127.0.0.1 sends its own Host) and cross-site
 * requests (a web page in the user's browser sends its Origin). Returns null when the request may go on.
 */
export function checkHostAndOrigin(req: IncomingMessage, port: number): string | null {
  const host = req.headers.host?.toLowerCase();
  if (!host || !allowedHosts(port).has(host)) return 'host not allowed';
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin.toLowerCase())) return 'origin not allowed';
  return null;
}
