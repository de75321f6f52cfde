import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../shared/api/contract';
import type { EventHub } from './events';
import { handleApi } from './http/api-route';
import { checkHostAndOrigin, createAccessToken, presentedToken, tokensMatch } from './http/guard';
import { messages, sendError } from './http/respond';
import { handleEvents, HEARTBEAT_MS, type SseClients } from './http/sse';
import { serveStatic } from './http/static-files';
import { handleTile, TILE_PATH } from './http/tile-route';

export interface HttpServerOptions {
  handlers: Handlers;
  events: EventHub;
  /** Loopback only: the server carries borrower data. */
  host?: '127.0.0.1' | 'localhost';
  /** 0 picks a free port. */
  port?: number;
  /** The built renderer (`dist/renderer`); without it only the API and events are served. */
  staticDir?: string;
  /** Fixed access token (tests, a supervisor's bookmark); random per launch by default. */
  token?: string;
  /** Interval of SSE heartbeat comments, ms. */
  heartbeatMs?: number;
}

export interface RunningHttpServer {
  /** Address to open, with the access token in the fragment: `http://127.0.0.1:PORT/#token=…`. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The local HTTP transport: `POST /api/:method` through the same dispatch as IPC, `GET /events`
 * as Server-Sent Events, `GET /tiles/{z}/{x}/{y}` the offline basemap, and the built renderer as
 * static files. API, events and tiles need the token.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1' && host !== 'localhost') throw new Error(`refusing to listen on non-loopback host ${String(host)}`);
  const token = options.token ?? createAccessToken();
  const sseClients: SseClients = new Set();
  let port = 0;

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = checkHostAndOrigin(req, port);
    if (refusal) {
      req.resume();
      sendError(res, 403, 'forbidden', messages.forbidden);
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const apiMatch = /^\/api\/([^/]+)$/.exec(url.pathname);
    const isEvents = url.pathname === '/events';
    // The offline basemap's tiles (issue 20), with the token in the query as images cannot send headers.
    const tileMatch = TILE_PATH.exec(url.pathname);
    if (apiMatch || isEvents || tileMatch) {
      if (!tokensMatch(presentedToken(req, url), token)) {
        req.resume();
        sendError(res, 401, 'forbidden', messages.badToken);
        return;
      }
      if (tileMatch) await handleTile(req, res, tileMatch, options.handlers);
      else if (isEvents) handleEvents(req, res, options.events, sseClients, options.heartbeatMs ?? HEARTBEAT_MS);
      else await handleApi(req, res, safeDecode(apiMatch![1]), options.handlers);
      return;
    }
    if (url.pathname.startsWith('/api/') || !options.staticDir) {
      req.resume();
      sendError(res, 404, 'not_found', messages.notFound);
      return;
    }
    await serveStatic(req, res, options.staticDir, url.pathname);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of sseClients) res.end();
        sseClients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Method names are plain ASCII; a malformed escape simply becomes an unknown method. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
