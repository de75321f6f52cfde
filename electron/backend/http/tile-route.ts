import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handlers } from '../../../shared/api/contract';
import { messages, sendError } from './respond';

/** `/tiles/{z}/{x}/{y}` (an image extension allowed): the offline basemap's tiles as plain URLs. */
export const TILE_PATH = /^\/tiles\/(\d{1,2})\/(\d{1,9})\/(\d{1,9})(?:\.(?:png|jpg|jpeg|webp))?$/;

/**
 * `GET /tiles/{z}/{x}/{y}`: one tile of the workspace's offline map through the same `map.tile`
 * method the desktop app asks over IPC. A tile the file lacks (or no offline map) is a quiet 204,
 * which the map leaves blank without an error in the console.
 */
export async function handleTile(req: IncomingMessage, res: ServerResponse, match: RegExpExecArray, handlers: Handlers): Promise<void> {
  req.resume();
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, 405, 'not_found', messages.methodNotAllowed, { Allow: 'GET, HEAD' });
    return;
  }
  const [z, x, y] = [match[1], match[2], match[3]].map(Number);
  const tile = z <= 30 ? await handlers['map.tile']({ z, x, y }) : null;
  // The same URL shows another file's tile once the workspace names another file: always ask again.
  const headers = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
  if (!tile) {
    res.writeHead(204, headers).end();
    return;
  }
  const bytes = Buffer.from(tile.dataBase64, 'base64');
  res.writeHead(200, { ...headers, 'Content-Type': tile.contentType, 'Content-Length': bytes.length });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
