import type { Handlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { Transport } from '../../shared/api/transport';
import { createEventHub, type EventHub } from '../../electron/backend/events';

/**
 * A transport straight into handlers through the real dispatch (zod-parsed input, envelopes),
 * with a JSON round trip so tests see exactly what would cross IPC or HTTP.
 */
export function fakeTransport(handlers: Handlers, events: EventHub = createEventHub()): Transport & { events: EventHub } {
  return {
    events,
    async invoke(method, input) {
      return JSON.parse(JSON.stringify(await dispatch(handlers, method, input)));
    },
    subscribe(event, callback) {
      return events.subscribe((name, payload) => {
        if (name === event) callback(JSON.parse(JSON.stringify(payload)));
      });
    },
  };
}
