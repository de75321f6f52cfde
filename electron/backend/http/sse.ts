import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventHub } from '../events';

/** Comment line sent periodically so proxies and the browser keep an idle stream open. */
export const HEARTBEAT_MS = 15_000;

/** Open event streams, so the server can end them when it closes. */
export type SseClients = Set<ServerResponse>;

/**
 * `GET /events`: a Server-Sent Events stream of every back-end event as `event: <name>` and
 * `data: <json>`. Unsubscribes from the hub and stops the heartbeat when the client goes away.
 */
export function handleEvents(
  req: IncomingMessage,
  res: ServerResponse,
  events: EventHub,
  clients: SseClients,
  heartbeatMs = HEARTBEAT_MS,
): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Content-Type-Options': 'nosniff',
  });
  // The retry hint and an initial comment make EventSource fire `open` straight away.
  res.write('retry: 2000\n: connected\n\n');
  clients.add(res);
  const unsubscribe = events.subscribe((name, payload) => {
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  const cleanUp = (): void => {
    clearInterval(heartbeat);
    unsubscribe();
    clients.delete(res);
  };
  req.on('close', cleanUp);
  res.on('close', cleanUp);
}
