import type { Envelope } from './envelope';
import type { EventName, MethodName } from './contract';

/** How the renderer reaches the back end: Electron IPC or local HTTP; nothing else knows which. */
export interface Transport {
  invoke(method: MethodName, input: unknown): Promise<Envelope<unknown>>;
  subscribe(event: EventName, callback: (payload: unknown) => void): () => void;
  /**
   * Where the back end serves the offline basemap's tiles as plain image URLs (`{z}/{x}/{y}`), when
   * it can; without it the map asks for them through `map.tile`.
   */
  offlineTileUrl?: string;
}
