import { contract, type Api, type EventName, type EventPayload, type MethodName } from './contract';
import { methodNames } from './names';
import { unwrap } from './envelope';
import type { Transport } from './transport';

export interface ApiClient {
  api: Api;
  on<K extends EventName>(event: K, callback: (payload: EventPayload<K>) => void): () => void;
  /** The transport's URL for offline tiles, if it has one (see Transport). */
  offlineTileUrl?: string | null;
}

/**
 * Builds the typed API over a transport. With `checkOutputs`, outputs are parsed with the
 * contract's schemas to catch drift in tests and development; production trusts the back end.
 */
export function createApiClient(transport: Transport, options: { checkOutputs?: boolean } = {}): ApiClient {
  const api = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of methodNames) {
    api[name] = async (input: unknown) => {
      const value = unwrap(await transport.invoke(name, input ?? {}));
      return options.checkOutputs ? contract.methods[name].output.parse(value) : value;
    };
  }
  return {
    api: api as unknown as Api,
    on: (event, callback) => transport.subscribe(event, (payload) => callback(payload as never)),
    offlineTileUrl: transport.offlineTileUrl ?? null,
  };
}
