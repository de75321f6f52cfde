import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { contract } from '../../../shared/api/contract';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
  invoke: null as unknown as Mock,
}));

vi.mock('electron', async () => {
  const { vi: v } = await import('vitest');
  electron.invoke = v.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
  return {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
    ipcRenderer: {
      invoke: electron.invoke,
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        if (!electron.listeners.has(channel)) electron.listeners.set(channel, new Set());
        electron.listeners.get(channel)!.add(listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => electron.listeners.get(channel)?.delete(listener),
    },
  };
});

interface Bridge {
  invoke(name: string, input: unknown): Promise<unknown>;
  on(event: string, callback: (...args: unknown[]) => void): () => void;
}
let api: Bridge;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = electron.exposed.get('api') as Bridge;
});

describe('preload bridge', () => {
  it('exposes only invoke and on, as window.api', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract methods to their api: channel', async () => {
    await expect(api.invoke('plans.solve', { date: '2026-11-23' })).resolves.toEqual({
      ok: true,
      value: { channel: 'api:plans.solve', input: { date: '2026-11-23' } },
    });
    for (const name of Object.keys(contract.methods)) {
      await api.invoke(name, {});
      expect(electron.invoke).toHaveBeenLastCalledWith(`api:${name}`, {});
    }
  });

  it('throws for names outside the contract, without touching IPC', () => {
    electron.invoke.mockClear();
    for (const name of ['db.exec', 'api:plans.solve', '__proto__', 'toString', '']) {
      expect(() => api.invoke(name, {}), name).toThrow(/Unknown API method/);
    }
    expect(() => api.on('plans.deleted', () => undefined)).toThrow(/Unknown API event/);
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('hands event callbacks the payload only and unsubscribes', () => {
    const callback = vi.fn();
    const off = api.on('plans.progress', callback);
    const listeners = [...electron.listeners.get('evt:plans.progress')!];
    expect(listeners).toHaveLength(1);
    const fakeIpcEvent = { sender: { send: () => undefined }, senderId: 0 };
    listeners[0](fakeIpcEvent, { date: '2026-11-23', fraction: 0.5, assigned: 2 });
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback.mock.calls[0]).toEqual([{ date: '2026-11-23', fraction: 0.5, assigned: 2 }]);
    off();
    expect(electron.listeners.get('evt:plans.progress')!.size).toBe(0);
  });
});
