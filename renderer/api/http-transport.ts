import type { EventName, MethodName } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import type { Transport } from '../../shared/api/transport';
import { message } from '../../shared/i18n';

export interface HttpTransportOptions {
  /** Where the local server is; '' for the page's own origin (the normal case). */
  baseUrl?: string;
  /** The per-launch access token (see access-token.ts). */
  token: string | null;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
}

const unreachable: Envelope<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: message('error.serverUnreachable'),
  },
};

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The browser transport: `POST /api/:method` with the token header, and `/events` as Server-Sent Events. */
export function httpTransport(options: HttpTransportOptions): Transport {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const EventSourceImpl = options.EventSource ?? globalThis.EventSource;
  let source: EventSource | null = null;
  let listenerCount = 0;

  return {
    // Images cannot send the token header, so it rides in the query, as for the events.
    offlineTileUrl: `${baseUrl}/tiles/{z}/{x}/{y}${options.token ? `?token=${encodeURIComponent(options.token)}` : ''}`,

    async invoke(method: MethodName, input: unknown): Promise<Envelope<unknown>> {
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'x-dispatch-token': options.token ?? '' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return unreachable;
      }
      // The server answers every API error with an envelope (401, 403, 413 included).
      const body: unknown = await response.json().catch(() => null);
      return isEnvelope(body) ? body : unreachable;
    },

    subscribe(event: EventName, callback: (payload: unknown) => void): () => void {
      const query = options.token ? `?token=${encodeURIComponent(options.token)}` : '';
      source ??= new EventSourceImpl(`${baseUrl}/events${query}`);
      const current = source;
      const listener = (message: MessageEvent<string>) => callback(JSON.parse(message.data));
      current.addEventListener(event, listener as EventListener);
      listenerCount += 1;
      return () => {
        current.removeEventListener(event, listener as EventListener);
        listenerCount -= 1;
        if (listenerCount === 0 && source === current) {
          current.close();
          source = null;
        }
      };
    },
  };
}
