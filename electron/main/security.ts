import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../backend/http/static-files';
import { isSameDocument } from './ipc';

export { CONTENT_SECURITY_POLICY };

/**
 * Keeps a window on the app's own page (`app://renderer/index.html`): no navigation elsewhere, not
 * even to file:// or another app:// page, no new windows, no webviews. A compromised or confused
 * renderer then cannot load remote code with our preload attached.
 */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, appUrl: string): void {
  const denyForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isSameDocument(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Session-wide defaults: the CSP on every response (belt and braces with the app:// handler's own
 * header and the meta tag in index.html), and no permissions (camera, location, notifications…).
 */
export function hardenSession(session: Pick<Session, 'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
