import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/** The policy the built renderer runs under; tiles may come from any https server. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self' 'unsafe-inline'; connect-src 'self'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Content type for a file name; unknown kinds are served as opaque bytes. */
function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file strictly inside `rootDir`, or null when it would escape
 * (`..`, encoded separators, NUL bytes, a drive letter or stream name (`:`), or a symlink pointing outside).
 */
async function resolveInside(rootDir: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':') || decoded.split('/').includes('..')) return null;
  const root = await realpath(rootDir);
  const candidate = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  try {
    const real = await realpath(candidate);
    return real === root || real.startsWith(root + path.sep) ? real : null;
  } catch {
    return candidate; // missing file: the caller decides between 404 and the SPA fallback
  }
}

/** Headers every static answer carries (the HTTP server's and the desktop app's `app://` protocol). */
export function staticHeaders(file: string, sizeBytes: number): Record<string, string | number> {
  const isHtml = file.endsWith('.html');
  return {
    'Content-Type': contentTypeFor(file),
    'Content-Length': sizeBytes,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // Hashed assets never change; index.html must be re-read so a rebuild is picked up.
    'Cache-Control': isHtml ? 'no-cache' : 'public, max-age=3600',
  };
}

async function fileSize(file: string): Promise<number | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** What a URL path names in the built renderer: a file, something outside it, or nothing. */
export type StaticLookup = { kind: 'file'; file: string; size: number } | { kind: 'forbidden' } | { kind: 'missing' };

/**
 * Finds the file a URL path names strictly inside `rootDir`. A directory gives its index.html;
 * with `spaFallback`, extension-less paths that match nothing give the app's index.html
 * (client-side routes). Traversal attempts are `forbidden`, anything else not found `missing`.
 */
export async function findStaticFile(rootDir: string, urlPath: string, options: { spaFallback: boolean }): Promise<StaticLookup> {
  const resolved = await resolveInside(rootDir, urlPath);
  if (resolved === null) return { kind: 'forbidden' };
  let file = resolved;
  let size = await fileSize(file);
  if (size === null) {
    // A directory's own index.html first, else the app's for extension-less (client-side) routes.
    const dirIndex = path.join(resolved, 'index.html');
    const dirIndexSize = await fileSize(dirIndex);
    if (dirIndexSize !== null) {
      file = dirIndex;
      size = dirIndexSize;
    } else if (options.spaFallback && path.extname(urlPath) === '') {
      file = path.join(await realpath(rootDir), 'index.html');
      size = await fileSize(file);
    }
  }
  return size === null ? { kind: 'missing' } : { kind: 'file', file, size };
}

/**
 * Serves the built renderer. Paths without a file extension that match nothing get index.html
 * (single-page app fallback); traversal attempts get 403, missing assets 404.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, rootDir: string, urlPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
    return;
  }
  const found = await findStaticFile(rootDir, urlPath, { spaFallback: true });
  if (found.kind === 'forbidden') {
    res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden\n');
    return;
  }
  if (found.kind === 'missing') {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const { file, size } = found;
  res.writeHead(200, staticHeaders(file, size));
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
