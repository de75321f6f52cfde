import type { ServerResponse } from 'node:http';
import type { Envelope } from '../../../shared/api/envelope';
import type { Message } from '../../../shared/domain';

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

export const messages = {
  badToken: {
    en: 'This page is missing the access key for the local server. Open the app with the link it printed at start-up.',
    zh: '此页面缺少本地服务的访问密钥。请使用程序启动时显示的链接打开。',
  },
  forbidden: {
    en: 'Requests from other web sites are not accepted by the local server.',
    zh: '本地服务不接受来自其他网站的请求。',
  },
  notFound: { en: 'There is nothing at this address.', zh: '此地址没有内容。' },
  methodNotAllowed: { en: 'This address does not accept that kind of request.', zh: '此地址不接受这种请求。' },
  tooLarge: {
    en: 'The request is too large (the limit is about 70 MB). Split the file and try again.',
    zh: '请求过大（上限约 70 MB）。请拆分文件后重试。',
  },
  badJson: { en: 'The request body is not valid JSON.', zh: '请求内容不是有效的 JSON。' },
} satisfies Record<string, Message>;
