import type { Handlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { Transport } from '../../shared/api/transport';
import type { EventHub } from './events';

/**
 * The API inside this process, for the command line and tests: the same dispatch (input parsed by
 * the contract, errors as envelopes) as IPC and HTTP, without a wire.
 */
export function inProcessTransport(handlers: Handlers, events: EventHub): Transport {
  return {
    invoke: (method, input) => dispatch(handlers, method, input),
    subscribe: (event, callback) =>
      events.subscribe((name, payload) => {
        if (name === event) callback(payload);
      }),
  };
}
