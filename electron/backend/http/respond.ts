import type { ServerResponse } from 'node:http';
import type { Envelope } from '../../../shared/api/envelope';
import type { Message } from '../../../shared/domain';
import { message } from '../../../shared/i18n';

/** Sends a JSON body with the given status; API responses are never cached. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

/** Sends an error envelope, so every API answer has the same shape for the client to read. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: 'bad_input' | 'forbidden' | 'not_found',
  message: Message,
  extraHeaders: Record<string, string> = {},
): void {
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  const envelope: Envelope<never> = { ok: false, error: { code, message } };
  sendJson(res, status, envelope);
}

/** The server's own refusals, before a request reaches the API. */
export const messages = {
  badToken: message('http.badToken'),
  forbidden: message('http.forbidden'),
  notFound: message('http.notFound'),
  methodNotAllowed: message('http.methodNotAllowed'),
  tooLarge: message('http.tooLarge'),
  badJson: message('http.badJson'),
} satisfies Record<string, Message>;
