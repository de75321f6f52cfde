import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannel, eventNames, methodChannel, methodNames } from '../../shared/api/names';

// Only the contract's names: no generic channel access reaches the page.
const methods = new Set<string>(methodNames);
const events = new Set<string>(eventNames);

contextBridge.exposeInMainWorld('api', {
  invoke(name: string, input: unknown): Promise<unknown> {
    if (!methods.has(name)) throw new Error(`Unknown API method "${String(name)}"`);
    return ipcRenderer.invoke(methodChannel(name as (typeof methodNames)[number]), input);
  },
  on(event: string, callback: (payload: unknown) => void): () => void {
    if (!events.has(event)) throw new Error(`Unknown API event "${String(event)}"`);
    const channel = eventChannel(event as (typeof eventNames)[number]);
    // The page gets the payload only, never the IpcRendererEvent (it holds `sender`).
    const listener = (_event: IpcRendererEvent, payload: unknown) => callback(payload);
    ipcRenderer.on(channel, listener);
    return () => {
      ipcRenderer.removeListener(channel, listener);
    };
  },
});
