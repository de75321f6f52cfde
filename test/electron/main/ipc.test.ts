import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { createEventHub } from '../../../electron/backend/events';
import { APP_URL } from '../../../electron/main/app-protocol';
import { appSenderCheck, forwardEvents, isSameDocument, registerApi } from '../../../electron/main/ipc';
import { openTestWorkspace, TEST_DAY } from '../../support/test-workspace';

type Listener = (event: IpcMainInvokeEvent, raw: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
}

const fromUrl = (url: string | null) => ({ senderFrame: url === null ? null : { url } }) as unknown as IpcMainInvokeEvent;

function setUp() {
  const ipcMain = fakeIpcMain();
  const { handlers } = openTestWorkspace();
  const unregister = registerApi(ipcMain as never, handlers, appSenderCheck(APP_URL));
  const call = (name: string, raw: unknown, url: string | null = APP_URL + '#/day') =>
    ipcMain.handlers.get(`api:${name}`)!(fromUrl(url), raw);
  return { ipcMain, handlers, unregister, call };
}

describe('registerApi', () => {
  it('registers exactly one handler per contract method on the api: channel', () => {
    const { ipcMain, unregister } = setUp();
    const expected = Object.keys(contract.methods)
      .map((name) => `api:${name}`)
      .sort();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(expected);
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('answers trusted calls with the handler result in an envelope', async () => {
    const { call } = setUp();
    expect(await call('workspace.loadDemo', { visits: 3, officers: 1 })).toEqual({
      ok: true,
      value: { date: TEST_DAY, visits: 3, officers: 1 },
    });
    const listed = (await call('visits.list', { date: TEST_DAY })) as { ok: true; value: unknown[] };
    expect(listed.value).toHaveLength(3);
  });

  it('refuses senders that are not the app page, without running the handler', async () => {
    const { call, handlers } = setUp();
    const spy = vi.spyOn(handlers, 'officers.list');
    for (const url of [
      'https://evil.example/index.html',
      'file:///tmp/other/index.html',
      // the page the app loaded before app://, still refused if something loads it from disk
      'file:///opt/Field%20Dispatch/resources/app.asar/dist/renderer/index.html',
      'app://evil/index.html',
      'app://renderer/other.html',
      'about:blank',
      null,
    ]) {
      const result = (await call('officers.list', {}, url)) as { ok: false; error: { code: string; message: { zh: string } } };
      expect(result.ok, String(url)).toBe(false);
      expect(result.error.code).toBe('forbidden');
      expect(result.error.message.zh).toBeTruthy();
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('validates input with the contract before the handler (bad_input, handler not called)', async () => {
    const { call, handlers } = setUp();
    const spy = vi.spyOn(handlers, 'visits.setStatus');
    const result = (await call('visits.setStatus', { ids: [], status: 'deleted' })) as { ok: false; error: { code: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('bad_input');
    expect(spy).not.toHaveBeenCalled();
  });

  it('turns handler errors into envelopes (Electron would keep only the message of a throw)', async () => {
    const { call } = setUp();
    const result = (await call('plans.solve', { date: TEST_DAY })) as { ok: false; error: { code: string; message: { en: string } } };
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(result.error.message.en).toContain(TEST_DAY);
  });
});

describe('isSameDocument', () => {
  it('ignores fragment and query but not path, scheme or host', () => {
    expect(isSameDocument(APP_URL + '?x=1#a', APP_URL)).toBe(true);
    expect(isSameDocument(APP_URL.replace('index.html', 'other.html'), APP_URL)).toBe(false);
    expect(isSameDocument('https://renderer/index.html', APP_URL)).toBe(false);
    expect(isSameDocument('app://renderer:1/index.html', APP_URL)).toBe(false);
    expect(isSameDocument('app://renderer/index.html/', APP_URL)).toBe(false);
    expect(isSameDocument('not a url', APP_URL)).toBe(false);
  });
});

describe('forwardEvents', () => {
  it('sends hub events to the window on evt: channels until stopped or destroyed', () => {
    const hub = createEventHub();
    let isDestroyed = false;
    const contents = { send: vi.fn(), isDestroyed: () => isDestroyed };
    const stop = forwardEvents(hub, contents);
    hub.emit('plans.progress', { date: '2026-11-23', fraction: 0.5, assigned: 4 });
    expect(contents.send).toHaveBeenCalledWith('evt:plans.progress', { date: '2026-11-23', fraction: 0.5, assigned: 4 });
    isDestroyed = true;
    hub.emit('plans.progress', { date: '2026-11-23', fraction: 0.6, assigned: 5 });
    expect(contents.send).toHaveBeenCalledTimes(1);
    isDestroyed = false;
    stop();
    hub.emit('plans.progress', { date: '2026-11-23', fraction: 0.7, assigned: 6 });
    expect(contents.send).toHaveBeenCalledTimes(1);
  });
});
