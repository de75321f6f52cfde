import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../shared/api/client';
import { AppError } from '../../../shared/api/errors';
import { startHttpServer, type RunningHttpServer } from '../../../electron/backend/http-server';
import { takeAccessToken, TOKEN_STORAGE_KEY } from '../../../renderer/api/access-token';
import { httpTransport } from '../../../renderer/api/http-transport';
import { ipcTransport } from '../../../renderer/api/ipc-transport';
import { openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('takeAccessToken', () => {
  it('moves the token from the fragment into sessionStorage and off the address bar', () => {
    const storage = memoryStorage();
    const history = { replaceState: vi.fn() };
    expect(takeAccessToken({ hash: '#token=abc_DEF-1', pathname: '/', search: '?day=1' }, storage, history)).toBe('abc_DEF-1');
    expect(storage.getItem(TOKEN_STORAGE_KEY)).toBe('abc_DEF-1');
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/?day=1');
  });

  it('falls back to the stored token after a reload', () => {
    const storage = memoryStorage();
    storage.setItem(TOKEN_STORAGE_KEY, 'kept');
    const history = { replaceState: vi.fn() };
    expect(takeAccessToken({ hash: '', pathname: '/', search: '' }, storage, history)).toBe('kept');
    expect(history.replaceState).not.toHaveBeenCalled();
  });
});

describe('httpTransport against the real local server', () => {
  let workspace: TestWorkspace;
  let server: RunningHttpServer;
  beforeEach(async () => {
    workspace = openTestWorkspace();
    server = await startHttpServer(workspace);
  });
  afterEach(async () => {
    await server.close();
    workspace.close();
  });

  const origin = () => `http://127.0.0.1:${server.port}`;

  it('calls methods with the token and unwraps envelopes through the API client', async () => {
    const { api } = createApiClient(httpTransport({ baseUrl: origin(), token: server.token }), { checkOutputs: true });
    await api['workspace.loadDemo']({ visits: 5, officers: 2 });
    const visits = await api['visits.list']({ date: TEST_DAY });
    expect(visits).toHaveLength(5);
    expect(visits[0].displayName).toMatch(/\*/);
  });

  it('surfaces a bad token and bad input as AppErrors with both languages', async () => {
    const { api } = createApiClient(httpTransport({ baseUrl: origin(), token: 'wrong' }));
    const denied = await api['officers.list']({}).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(AppError);
    expect((denied as AppError).code).toBe('forbidden');
    const good = createApiClient(httpTransport({ baseUrl: origin(), token: server.token })).api;
    const bad = await good['plans.solve']({ date: 'tomorrow' }).catch((e: unknown) => e);
    expect((bad as AppError).code).toBe('bad_input');
    expect((bad as AppError).userMessage.zh).toContain('请求内容无效');
  });

  it('turns an unreachable server into a readable internal error', async () => {
    const url = origin();
    await server.close();
    const envelope = await httpTransport({ baseUrl: url, token: server.token }).invoke('officers.list', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
    server = await startHttpServer(workspace);
  });
});

describe('httpTransport events', () => {
  class FakeEventSource {
    static last: FakeEventSource;
    listeners = new Map<string, Set<(e: MessageEvent<string>) => void>>();
    isClosed = false;
    constructor(readonly url: string) {
      FakeEventSource.last = this;
    }
    addEventListener(name: string, l: (e: MessageEvent<string>) => void) {
      if (!this.listeners.has(name)) this.listeners.set(name, new Set());
      this.listeners.get(name)!.add(l);
    }
    removeEventListener(name: string, l: (e: MessageEvent<string>) => void) {
      this.listeners.get(name)?.delete(l);
    }
    close() {
      this.isClosed = true;
    }
    fire(name: string, data: unknown) {
      for (const l of this.listeners.get(name) ?? []) l({ data: JSON.stringify(data) } as MessageEvent<string>);
    }
  }

  it('opens one stream with the token in the query, parses payloads and closes after the last unsubscribe', () => {
    const transport = httpTransport({ token: 't/k', EventSource: FakeEventSource as unknown as typeof EventSource });
    const progress = vi.fn();
    const saved = vi.fn();
    const offProgress = transport.subscribe('plans.progress', progress);
    const offSaved = transport.subscribe('plans.saved', saved);
    const source = FakeEventSource.last;
    expect(source.url).toBe('/events?token=t%2Fk');
    source.fire('plans.progress', { date: '2026-11-23', fraction: 0.5, assigned: 1 });
    expect(progress).toHaveBeenCalledWith({ date: '2026-11-23', fraction: 0.5, assigned: 1 });
    expect(saved).not.toHaveBeenCalled();
    offProgress();
    expect(source.isClosed).toBe(false);
    offSaved();
    expect(source.isClosed).toBe(true);
  });
});

describe('ipcTransport', () => {
  it('passes calls and subscriptions to the preload bridge', async () => {
    const off = vi.fn();
    const bridge = { invoke: vi.fn(async () => ({ ok: true as const, value: [] })), on: vi.fn(() => off) };
    const transport = ipcTransport(bridge);
    expect(await transport.invoke('officers.list', {})).toEqual({ ok: true, value: [] });
    expect(bridge.invoke).toHaveBeenCalledWith('officers.list', {});
    const cb = vi.fn();
    expect(transport.subscribe('plans.saved', cb)).toBe(off);
    expect(bridge.on).toHaveBeenCalledWith('plans.saved', cb);
  });
});
