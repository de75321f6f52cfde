import { describe, expect, it, vi } from 'vitest';
import { APP_URL } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents } from '../../../electron/main/security';

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    listeners,
    openHandler: () => openHandler!,
    on: vi.fn((event: string, listener: (event: { preventDefault(): void }, url: string) => void) => listeners.set(event, listener)),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    }),
  };
}

function navigate(contents: ReturnType<typeof fakeContents>, event: string, url: string): boolean {
  const preventDefault = vi.fn();
  contents.listeners.get(event)!({ preventDefault }, url);
  return preventDefault.mock.calls.length > 0;
}

describe('hardenWebContents', () => {
  it('denies navigation and redirects to anything but the app page', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, APP_URL);
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(navigate(contents, event, 'https://evil.example/'), event).toBe(true);
      expect(navigate(contents, event, 'file:///etc/passwd'), event).toBe(true);
      // The page the app used to load from disk is foreign now: only app:// is ours.
      expect(navigate(contents, event, 'file:///app/dist/renderer/index.html'), event).toBe(true);
      expect(navigate(contents, event, 'app://renderer/other.html'), event).toBe(true);
      expect(navigate(contents, event, 'app://renderer/'), event).toBe(true);
      expect(navigate(contents, event, 'app://evil/index.html'), event).toBe(true);
      expect(navigate(contents, event, 'app://renderer.evil/index.html'), event).toBe(true);
      expect(navigate(contents, event, 'https://renderer/index.html'), event).toBe(true);
      expect(navigate(contents, event, APP_URL + '#/plans'), event).toBe(false);
      expect(navigate(contents, event, APP_URL + '?lang=zh'), event).toBe(false);
    }
  });

  it('denies every new window and webview', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, APP_URL);
    expect(contents.openHandler()({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.openHandler()({ url: APP_URL })).toEqual({ action: 'deny' });
    expect(navigate(contents, 'will-attach-webview', '')).toBe(true);
  });
});

describe('hardenSession', () => {
  it('adds the CSP header to responses and refuses every permission', () => {
    let headersListener: ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void) | null = null;
    let requestHandler: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    hardenSession({
      webRequest: {
        onHeadersReceived: (l: typeof headersListener) => {
          headersListener = l;
        },
      },
      setPermissionRequestHandler: (h: typeof requestHandler) => {
        requestHandler = h;
      },
      setPermissionCheckHandler: (h: typeof checkHandler) => {
        checkHandler = h;
      },
    } as never);

    const callback = vi.fn();
    headersListener!({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');

    const answer = vi.fn();
    requestHandler!({}, 'geolocation', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(checkHandler!()).toBe(false);
  });
});
