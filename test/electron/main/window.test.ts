import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; listeners: Map<string, () => void>; maximized: boolean; shown: boolean }[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    record: (typeof created.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.record = { options, listeners: new Map(), maximized: false, shown: false };
      created.windows.push(this.record);
    }
    on(event: string, listener: () => void) {
      this.record.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: () => void) {
      return this.on(event, listener);
    }
    maximize() {
      this.record.maximized = true;
    }
    isMaximized() {
      return this.record.maximized;
    }
    show() {
      this.record.shown = true;
    }
    getNormalBounds() {
      return { x: 40, y: 50, width: 1100, height: 700 };
    }
  }
  return {
    BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
});

const { createMainWindow } = await import('../../../electron/main/window');

describe('createMainWindow', () => {
  it('creates the window sandboxed, isolated, without Node, with our preload', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'win-'));
    createMainWindow({
      preloadPath: '/app/dist-electron/preload/index.cjs',
      stateFile: path.join(dir, 'state.json'),
      title: 'Field Dispatch',
    });
    const prefs = created.windows.at(-1)!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      preload: '/app/dist-electron/preload/index.cjs',
    });
    expect(created.windows.at(-1)!.options.show).toBe(false);
    created.windows.at(-1)!.listeners.get('ready-to-show')!();
    expect(created.windows.at(-1)!.shown).toBe(true);
  });

  it('restores the saved bounds and maximised state, and saves them on close', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'win-'));
    const stateFile = path.join(dir, 'state.json');
    writeFileSync(stateFile, JSON.stringify({ x: 100, y: 80, width: 1400, height: 900, isMaximized: true }));
    createMainWindow({ preloadPath: 'p', stateFile, title: 't' });
    const record = created.windows.at(-1)!;
    expect(record.options).toMatchObject({ x: 100, y: 80, width: 1400, height: 900 });
    expect(record.maximized).toBe(true);
    record.listeners.get('close')!();
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({ x: 40, y: 50, width: 1100, height: 700, isMaximized: true });
  });
});
