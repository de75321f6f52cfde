import type { Handlers } from '../../shared/api/contract';
import type { Transport } from '../../shared/api/transport';
import { createEventHub, type EventHub } from '../../electron/backend/events';
import { inProcessTransport } from '../../electron/backend/in-process-transport';

/** What crossing IPC or HTTP does to a value: only its JSON survives. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The in-process transport (the real dispatch: zod-parsed input, envelopes) with a JSON round trip,
 * so tests see exactly what would cross IPC or HTTP.
 */
export function fakeTransport(handlers: Handlers, events: EventHub = createEventHub()): Transport & { events: EventHub } {
  const direct = inProcessTransport(handlers, events);
  return {
    events,
    invoke: async (method, input) => overTheWire(await direct.invoke(method, input)),
    subscribe: (event, callback) => direct.subscribe(event, (payload) => callback(overTheWire(payload))),
  };
}
