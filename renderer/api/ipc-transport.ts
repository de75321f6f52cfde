import type { EventName, MethodName } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import type { Transport } from '../../shared/api/transport';

/** What the Electron preload exposes as `window.api` (electron/preload/index.ts). */
export interface DispatchBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, callback: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    /** Present only inside the Electron window. */
    api?: DispatchBridge;
  }
}

/** The Electron transport: the preload's allow-listed `invoke` and `on`. */
export function ipcTransport(bridge: DispatchBridge): Transport {
  return {
    invoke: (method: MethodName, input: unknown) => bridge.invoke(method, input),
    subscribe: (event: EventName, callback: (payload: unknown) => void) => bridge.on(event, callback),
  };
}
