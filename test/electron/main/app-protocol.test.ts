import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, staticHeaders } from '../../../electron/backend/http/static-files';
import {
  APP_SCHEME_REGISTRATION,
  APP_URL,
  appProtocolHandler,
  registerAppProtocol,
  registerAppScheme,
  resolveAppRequest,
} from '../../../electron/main/app-protocol';
import { isSameDocument } from '../../../electron/main/ipc';

const INDEX_HTML = '<!doctype html><title>app</title>';
const SECRET = 'officer passwords';

let base: string;
let rendererDir: string;
let secretFile: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
  rendererDir = path.join(base, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(rendererDir, 'assets', 'marker.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  mkdirSync(path.join(base, 'secret'));
  secretFile = path.join(base, 'secret', 'passwd');
  writeFileSync(secretFile, SECRET);
  // A link inside the renderer folder pointing out of it must not be followed.
  symlinkSync(path.join(base, 'secret'), path.join(rendererDir, 'link-out'), 'junction');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => resolveAppRequest({ url, method: 'GET' }, rendererDir);
const statusOf = async (url: string) => (await get(url)).status;

describe('the app:// scheme registration', () => {
  it('is standard, secure and fetchable, and neither bypasses the CSP nor opens CORS', () => {
    const fakeProtocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(fakeProtocol);
    expect(fakeProtocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(fakeProtocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const privileges: Record<string, unknown> = APP_SCHEME_REGISTRATION.privileges;
    for (const dangerous of ['bypassCSP', 'corsEnabled', 'allowServiceWorkers']) expect(privileges[dangerous], dangerous).toBeUndefined();
  });

  it('names one page, app://renderer/index.html, that the window and IPC checks compare against', () => {
    expect(APP_URL).toBe('app://renderer/index.html');
    expect(isSameDocument('app://renderer/index.html#/day', APP_URL)).toBe(true);
    expect(isSameDocument('app://renderer/other.html', APP_URL)).toBe(false);
    expect(isSameDocument('app://evil/index.html', APP_URL)).toBe(false);
  });

  it('hands protocol.handle a handler for the app scheme that serves the given folder', async () => {
    const fakeProtocol = { handle: vi.fn() };
    registerAppProtocol(fakeProtocol, rendererDir);
    expect(fakeProtocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = fakeProtocol.handle.mock.calls[0]![1] as (request: Request) => Promise<Response>;
    const response = await handler(new Request(APP_URL));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
  });
});

describe('resolveAppRequest', () => {
  it('serves index.html for the page, the root and the bare host, ignoring query and fragment', async () => {
    const index = path.join(rendererDir, 'index.html');
    for (const url of [APP_URL, 'app://renderer/', 'app://renderer', 'app://renderer/index.html?x=1#/day', 'APP://RENDERER/index.html']) {
      const result = await get(url);
      expect(result, url).toMatchObject({ status: 200, size: INDEX_HTML.length });
      expect(result.status === 200 && path.basename(result.file), url).toBe(path.basename(index));
    }
  });

  it('serves the built assets the page links relatively (vite base ./)', async () => {
    expect(await get('app://renderer/assets/app.js')).toMatchObject({ status: 200, size: 'console.log(1)'.length });
    expect(await statusOf('app://renderer/assets/app.css')).toBe(200);
    expect(await statusOf('app://renderer/./assets/marker.png')).toBe(200);
    expect(await statusOf('app://renderer/assets/../index.html')).toBe(200); // normalised inside the folder
  });

  it('answers 404 for missing files, with no single-page fallback and no directory listing', async () => {
    for (const url of ['app://renderer/assets/missing.js', 'app://renderer/plans', 'app://renderer/assets/', 'app://renderer/index.htm']) {
      expect(await statusOf(url), url).toBe(404);
    }
  });

  it('never reaches a file outside the renderer folder, plain, encoded, absolute or through a link', async () => {
    const attempts = [
      'app://renderer/../secret/passwd',
      'app://renderer/../../secret/passwd',
      'app://renderer/%2e%2e/secret/passwd',
      'app://renderer/%2E%2E/%2e%2e/secret/passwd',
      'app://renderer/.%2e/secret/passwd',
      'app://renderer/..%2fsecret%2fpasswd',
      'app://renderer/assets/..%2f..%2fsecret/passwd',
      'app://renderer/%2e%2e%2fsecret%2fpasswd',
      'app://renderer/assets%5c..%5c..%5csecret%5cpasswd',
      'app://renderer/..\\secret\\passwd',
      'app://renderer/%252e%252e/secret/passwd',
      'app://renderer/' + secretFile,
      'app://renderer/' + encodeURIComponent(secretFile),
      'app://renderer//' + secretFile,
      'app://renderer/C:/Windows/win.ini',
      'app://renderer/C%3A%5CWindows%5Cwin.ini',
      'app://renderer/index.html%00.png',
      'app://renderer/%E0%A4%A',
      'app://renderer/link-out/passwd',
    ];
    for (const url of attempts) {
      const result = await get(url);
      expect(result.status, url).not.toBe(200);
      expect([403, 404], url).toContain(result.status);
    }
    // The ones that survive URL parsing as traversal are refused outright, not just missing.
    for (const url of [
      'app://renderer/..%2fsecret%2fpasswd',
      'app://renderer/assets/..%2f..%2fsecret/passwd',
      'app://renderer/assets%5c..%5c..%5csecret%5cpasswd',
      'app://renderer/C%3A%5CWindows%5Cwin.ini',
      'app://renderer/index.html%00.png',
      'app://renderer/link-out/passwd',
    ]) {
      expect(await statusOf(url), url).toBe(403);
    }
  });

  it('refuses other hosts, ports, credentials and schemes with 403', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://renderer.evil/index.html',
      'app://evil.renderer/index.html',
      'app://renderer:8080/index.html',
      'app://user@renderer/index.html',
      'app://user:pw@renderer/index.html',
      'app:///index.html',
      'https://renderer/index.html',
      'file:///' + path.join(rendererDir, 'index.html'),
      'not a url',
    ]) {
      expect(await statusOf(url), url).toBe(403);
    }
  });

  it('answers only GET and HEAD', async () => {
    expect(await resolveAppRequest({ url: APP_URL, method: 'HEAD' }, rendererDir)).toMatchObject({ status: 200 });
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect(await resolveAppRequest({ url: APP_URL, method }, rendererDir), method).toEqual({ status: 405 });
    }
  });
});

describe('appProtocolHandler', () => {
  const handler = () => appProtocolHandler(rendererDir);

  it('answers with the file, the static server content type and the CSP on the page', async () => {
    const response = await handler()({ url: APP_URL, method: 'GET' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe(staticHeaders('index.html', 0)['Content-Type']);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('uses the one content-type table of the static server for every asset', async () => {
    for (const [file, expected] of [
      ['assets/app.js', 'text/javascript; charset=utf-8'],
      ['assets/app.css', 'text/css; charset=utf-8'],
      ['assets/marker.png', 'image/png'],
    ] as const) {
      const response = await handler()({ url: `app://renderer/${file}`, method: 'GET' });
      expect(response.headers.get('content-type'), file).toBe(expected);
      expect(response.headers.get('content-type'), file).toBe(staticHeaders(file, 0)['Content-Type']);
      expect(response.headers.get('content-security-policy'), file).toBe(CONTENT_SECURITY_POLICY);
    }
    const png = await handler()({ url: 'app://renderer/assets/marker.png', method: 'GET' });
    expect(new Uint8Array(await png.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it('puts the CSP on refusals too, and never their file content', async () => {
    const cases = [
      { url: 'app://renderer/assets/missing.js', method: 'GET', status: 404 },
      { url: 'app://renderer/..%2fsecret%2fpasswd', method: 'GET', status: 403 },
      { url: 'app://evil/index.html', method: 'GET', status: 403 },
      { url: APP_URL, method: 'POST', status: 405 },
    ];
    for (const { url, method, status } of cases) {
      const response = await handler()({ url, method });
      expect(response.status, url).toBe(status);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('content-type'), url).toBe('text/plain; charset=utf-8');
      const body = await response.text();
      expect(body, url).not.toContain(SECRET);
      expect(body, url).not.toContain('<title>');
    }
    expect((await handler()({ url: APP_URL, method: 'POST' })).headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await handler()({ url: APP_URL, method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('');
  });

  it('reads through the given reader (Electron fs inside app.asar), and answers 404 if the file is gone', async () => {
    const read = vi.fn(async (file: string) => new TextEncoder().encode(`read ${path.basename(file)}`));
    expect(await (await appProtocolHandler(rendererDir, read)({ url: APP_URL, method: 'GET' })).text()).toBe('read index.html');
    expect(read).toHaveBeenCalledTimes(1);
    const failing = appProtocolHandler(rendererDir, () => Promise.reject(new Error('ENOENT')));
    const response = await failing({ url: APP_URL, method: 'GET' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
