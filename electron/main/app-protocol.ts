import { readFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, findStaticFile, staticHeaders } from '../backend/http/static-files';

/**
 * The desktop window shows the built renderer from `app://renderer/…` rather than `file://`, as
 * Electron's security guidance advises: the page gets a real origin of its own, reads nothing but
 * the renderer folder, and file:// needs no extra privileges (its fuse is off in the package).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
/** The one page the window loads; navigation and IPC are allowed from this document only. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Standard (relative URLs, storage, its own origin), secure (like https) and readable by `fetch`.
 * Not `corsEnabled`, not `bypassCSP`: other origins cannot read it and the CSP still applies.
 */
export const APP_SCHEME_REGISTRATION = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const satisfies CustomScheme;

/** What the handler needs of a request (Electron passes a fetch `Request`). */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

/** Where a request leads: a file of the built renderer, or the status refusing it. */
export type AppResolution = { status: 200; file: string; size: number } | { status: 403 | 404 | 405 };

/**
 * Resolves an `app://` request to a file strictly inside `rootDir`, with the same rules as the
 * browser build's HTTP server (static-files.ts): `..` (plain or encoded), encoded separators,
 * drive letters and symlinks out are refused (403), a directory gives its index.html, and a missing
 * file is 404: no single-page fallback, since the window never leaves index.html. Only GET and HEAD,
 * only our host.
 */
export async function resolveAppRequest(request: AppRequest, rootDir: string): Promise<AppResolution> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405 };
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { status: 403 };
  }
  const ours = url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST && url.username === '' && url.password === '';
  if (!ours) return { status: 403 };
  const found = await findStaticFile(rootDir, url.pathname, { spaFallback: false });
  if (found.kind === 'forbidden') return { status: 403 };
  if (found.kind === 'missing') return { status: 404 };
  return { status: 200, file: found.file, size: found.size };
}

const REFUSALS = { 403: 'Forbidden\n', 404: 'Not found\n', 405: 'Method not allowed\n' } as const;

/** Headers of a refusal: plain text, still under the CSP. */
function refusalHeaders(status: 403 | 404 | 405): Record<string, string> {
  return {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    ...(status === 405 ? { Allow: 'GET, HEAD' } : {}),
  };
}

/** The static server's headers as strings; the length is left to the body (a HEAD answer has none). */
function fileHeaders(file: string, size: number): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(staticHeaders(file, size))) {
    if (name !== 'Content-Length') headers[name] = String(value);
  }
  return headers;
}

/** Reads a whole file (Electron's fs reads inside app.asar and checks its integrity). */
export type ReadFile = (file: string) => Promise<Uint8Array>;

/**
 * The `protocol.handle('app', …)` handler: every answer carries the CSP; files are read whole
 * (the renderer's are a few megabytes at most).
 */
export function appProtocolHandler(rootDir: string, read: ReadFile = readFile): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    const resolution = await resolveAppRequest(request, rootDir);
    if (resolution.status !== 200) {
      return new Response(REFUSALS[resolution.status], { status: resolution.status, headers: refusalHeaders(resolution.status) });
    }
    let bytes: Uint8Array;
    try {
      bytes = await read(resolution.file);
    } catch {
      return new Response(REFUSALS[404], { status: 404, headers: refusalHeaders(404) }); // gone since it was found
    }
    const headers = fileHeaders(resolution.file, resolution.size);
    // A file read is never backed by shared memory; the DOM typings only want that said.
    const body = request.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>);
    return new Response(body, { status: 200, headers });
  };
}

/** Must run before the app is ready: Chromium fixes its scheme table at start-up. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
}

/** Serves `rootDir` (the built renderer) on `app://renderer/`; call once the app is ready. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(rootDir));
}
