import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../shared/api/contract';
import type { EventHub } from '../../electron/backend/events';
import { startHttpServer, type RunningHttpServer } from '../../electron/backend/http-server';
import { openTestWorkspace, TEST_DAY, type TestWorkspace } from '../support/test-workspace';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A plain HTTP request with full control over Host, Origin and the raw path (fetch normalises these). */
function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let staticDir: string;
let outsideDir: string;
let events: EventHub;
let handlers: Handlers;
let workspace: TestWorkspace;
let server: RunningHttpServer;

beforeAll(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'http-server-test-'));
  staticDir = path.join(base, 'renderer');
  outsideDir = path.join(base, 'secret');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  mkdirSync(outsideDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(staticDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(outsideDir, 'passwd'), 'top secret');
  symlinkSync(outsideDir, path.join(staticDir, 'link-out'));
  return () => rmSync(base, { recursive: true, force: true });
});

beforeEach(async () => {
  workspace = openTestWorkspace();
  ({ events, handlers } = workspace);
  server = await startHttpServer({ handlers, events, staticDir, heartbeatMs: 50 });
});
afterEach(async () => {
  await server.close();
  workspace.close();
});

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'x-dispatch-token': server.token, ...headers },
  });

describe('startHttpServer', () => {
  it('binds to loopback and hands out a random token in the URL fragment', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const other = await startHttpServer({ handlers, events });
    expect(other.token).not.toBe(server.token);
    await other.close();
    await expect(startHttpServer({ handlers, events, host: '0.0.0.0' as never })).rejects.toThrow(/loopback/);
  });

  it('runs API calls through dispatch and answers with envelopes', async () => {
    const loaded = await api('workspace.loadDemo', { visits: 12, officers: 2 });
    expect(loaded.status).toBe(200);
    expect(JSON.parse(loaded.body)).toEqual({ ok: true, value: { date: TEST_DAY, visits: 12, officers: 2 } });
    const status = JSON.parse((await api('workspace.status', {})).body);
    expect(status.value).toEqual({ dates: [TEST_DAY], openingDay: TEST_DAY });
  });

  it('accepts the token as a query parameter and treats an empty body as {}', async () => {
    const res = await raw(server.port, { method: 'POST', path: `/api/officers.list?token=${server.token}` });
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
  });

  it('rejects a missing or wrong token with 401', async () => {
    const missing = await raw(server.port, { method: 'POST', path: '/api/officers.list', body: '{}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body).error.code).toBe('forbidden');
    expect((await api('officers.list', {}, { 'x-dispatch-token': server.token + 'x' })).status).toBe(401);
    expect((await raw(server.port, { path: '/events?token=nope' })).status).toBe(401);
  });

  it('rejects foreign origins and foreign Host headers with 403', async () => {
    expect((await api('officers.list', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('officers.list', {}, { Origin: 'null' })).status).toBe(403);
    expect((await api('officers.list', {}, { Origin: `http://localhost:${server.port}` })).status).toBe(200);
    expect((await api('officers.list', {}, { Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await api('officers.list', {}, { Host: `127.0.0.1:${server.port + 1}` })).status).toBe(403);
    expect((await api('officers.list', {}, { Host: `localhost:${server.port}` })).status).toBe(200);
    expect((await raw(server.port, { path: '/', headers: { Host: 'rebound.example' } })).status).toBe(403);
  });

  it('answers an unknown method with a not_found envelope', async () => {
    const res = await api('visits.dropTable', {});
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('not_found');
    expect(body.error.message.zh).toContain('visits.dropTable');
  });

  it('rejects zod-invalid input with bad_input before the handler runs', async () => {
    const spy = vi.spyOn(handlers, 'plans.solve');
    const body = JSON.parse((await api('plans.solve', { date: '2026-02-30' })).body);
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('bad_input');
    expect(body.error.message.en).toContain('date');
    expect(spy).not.toHaveBeenCalled();
  });

  it('returns 400 with an envelope for malformed JSON, 404 for unknown routes, 405 for GET on the API', async () => {
    const bad = await raw(server.port, {
      method: 'POST',
      path: '/api/officers.list',
      body: '{nope',
      headers: { 'x-dispatch-token': server.token },
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('bad_input');
    expect((await raw(server.port, { method: 'POST', path: '/api/a/b', headers: { 'x-dispatch-token': server.token } })).status).toBe(404);
    expect((await raw(server.port, { path: '/api/officers.list', headers: { 'x-dispatch-token': server.token } })).status).toBe(405);
  });

  it('refuses bodies over the limit with 413', async () => {
    const big = Buffer.alloc(73 * 1024 * 1024, 0x20);
    const res = await raw(server.port, {
      method: 'POST',
      path: '/api/import.files',
      body: big,
      headers: { 'x-dispatch-token': server.token },
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message.zh).toContain('70 MB');
  });

  it('streams emitted events over SSE and stops on close', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: `/events?token=${server.token}`, headers: { Host: `127.0.0.1:${server.port}` } },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected') && !text.includes('event:')) {
              events.emit('plans.progress', { date: '2026-11-23', fraction: 0.25, assigned: 3 });
            }
            if (text.includes('\n\n', text.indexOf('event:')) && text.includes(': heartbeat')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('event: plans.progress\ndata: {"date":"2026-11-23","fraction":0.25,"assigned":3}\n\n');
    expect(received).toContain(': heartbeat');
  });

  it('ends open event streams when the server closes', async () => {
    const ended = new Promise<void>((resolve) => {
      request(
        { host: '127.0.0.1', port: server.port, path: `/events?token=${server.token}`, headers: { Host: `127.0.0.1:${server.port}` } },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', resolve);
          res.on('close', resolve);
        },
      ).end();
    });
    await new Promise((r) => setTimeout(r, 50));
    await server.close();
    await ended;
  });

  it('serves the renderer with content types, CSP and an SPA fallback, without a token', async () => {
    const index = await raw(server.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(
      "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self' 'unsafe-inline'; connect-src 'self'",
    );
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await raw(server.port, { path: '/assets/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await raw(server.port, { path: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    const fallback = await raw(server.port, { path: '/plans/today' });
    expect(fallback.status).toBe(200);
    expect(fallback.body).toContain('<title>app</title>');
    expect((await raw(server.port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('blocks path traversal, encoded or through a symlink', async () => {
    for (const attempt of [
      '/..%2fsecret%2fpasswd',
      '/assets/..%2f..%2fsecret/passwd',
      '/%2e%2e/secret/passwd',
      '/../secret/passwd',
      '/link-out/passwd',
      '/assets%5c..%5c..%5csecret%5cpasswd',
    ]) {
      const res = await raw(server.port, { path: attempt });
      expect(res.body, attempt).not.toContain('top secret');
      expect(res.status === 403 || res.status === 404 || res.body.includes('<title>app</title>'), attempt).toBe(true);
    }
    expect((await raw(server.port, { path: '/..%2fsecret%2fpasswd' })).status).toBe(403);
    expect((await raw(server.port, { path: '/link-out/passwd' })).status).toBe(403);
  });
});
