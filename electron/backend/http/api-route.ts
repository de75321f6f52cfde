import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handlers } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import { messages, sendError, sendJson } from './respond';

/** Largest accepted request body: an import of ~50 MB of file bytes is ~70 MB of base64 plus JSON. */
const MAX_BODY_BYTES = 72 * 1024 * 1024;

type Body = { ok: true; text: string } | { ok: false; reason: 'too_large' };

/**
 * Reads the body up to `limitBytes`. Past the limit the rest is drained (not buffered) so the
 * client can still read the 413 answer instead of seeing a reset connection.
 */
function readBody(req: IncomingMessage, limitBytes: number): Promise<Body> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limitBytes) {
      req.resume();
      resolve({ ok: false, reason: 'too_large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let isTooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) isTooLarge = true;
      if (!isTooLarge) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(isTooLarge ? { ok: false, reason: 'too_large' } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }),
    );
    req.on('error', reject);
  });
}

/** `POST /api/:method`: JSON in, the shared dispatch path, a JSON envelope out (200 even for errors). */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  handlers: Handlers,
  limitBytes = MAX_BODY_BYTES,
): Promise<void> {
  if (req.method !== 'POST') {
    req.resume();
    sendError(res, 405, 'not_found', messages.methodNotAllowed, { Allow: 'POST' });
    return;
  }
  const body = await readBody(req, limitBytes);
  if (!body.ok) {
    sendError(res, 413, 'bad_input', messages.tooLarge, { Connection: 'close' });
    return;
  }
  let input: unknown = undefined;
  if (body.text.trim() !== '') {
    try {
      input = JSON.parse(body.text);
    } catch {
      sendError(res, 400, 'bad_input', messages.badJson);
      return;
    }
  }
  sendJson(res, 200, await dispatch(handlers, method, input));
}
