import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Handlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { Envelope } from '../../shared/api/envelope';
import { message } from '../../shared/i18n';
import { eventChannel, methodChannel, methodNames } from '../../shared/api/names';
import type { EventHub } from '../backend/events';

/** Decides whether an IPC call comes from our own page. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const untrusted: Envelope<never> = { ok: false, error: { code: 'forbidden', message: message('api.untrustedWindow') } };

/** True when both URLs name the same file, ignoring `#fragment` and `?query` (the SPA may use either). */
export function isSameDocument(url: string, appUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(appUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** Trusts only frames showing the app's own index.html (a navigated or injected frame is refused). */
export function appSenderCheck(appUrl: string): SenderCheck {
  return (event) => {
    const url = event.senderFrame?.url;
    return typeof url === 'string' && isSameDocument(url, appUrl);
  };
}

/**
 * One `ipcMain.handle` per contract method (`api:<name>`). Each checks the sender, then goes through
 * the same `dispatch()` as the HTTP server: zod-parse, handler, envelope. Returns an unregister function.
 */
export function registerApi(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  isTrustedSender: SenderCheck,
): () => void {
  for (const name of methodNames) {
    ipcMain.handle(methodChannel(name), async (event, raw: unknown) => {
      if (!isTrustedSender(event)) return untrusted;
      return dispatch(handlers, name, raw);
    });
  }
  return () => {
    for (const name of methodNames) ipcMain.removeHandler(methodChannel(name));
  };
}

/** Sends every back-end event to the window as `evt:<name>`; stops when the window is gone. */
export function forwardEvents(events: EventHub, webContents: Pick<WebContents, 'send' | 'isDestroyed'>): () => void {
  return events.subscribe((name, payload) => {
    if (!webContents.isDestroyed()) webContents.send(eventChannel(name), payload);
  });
}
