import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState, trackWindowState } from '../../../electron/main/window-state';

const screenArea = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'wstate-')), 'nested', 'window-state.json');

describe('window state', () => {
  it('round-trips through the JSON file', () => {
    const file = tempFile();
    saveWindowState(file, { x: 10, y: 20, width: 1000, height: 700, isMaximized: false });
    expect(loadWindowState(file, screenArea)).toEqual({ x: 10, y: 20, width: 1000, height: 700, isMaximized: false });
  });

  it('falls back to the default for a missing, damaged or out-of-range file', () => {
    const file = tempFile();
    expect(loadWindowState(file, screenArea)).toEqual(DEFAULT_WINDOW_STATE);
    saveWindowState(file, { width: 1000, height: 700, isMaximized: false });
    writeFileSync(file, '{"width": 1000, ');
    expect(loadWindowState(file, screenArea)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(file, JSON.stringify({ width: 5, height: 700, isMaximized: false }));
    expect(loadWindowState(file, screenArea)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('forgets a position that is off every screen but keeps the size', () => {
    const file = tempFile();
    saveWindowState(file, { x: 2500, y: 100, width: 1000, height: 700, isMaximized: true });
    expect(loadWindowState(file, screenArea)).toEqual({ width: 1000, height: 700, isMaximized: true });
    expect(loadWindowState(file, [...screenArea, { x: 1920, y: 0, width: 1920, height: 1080 }])).toMatchObject({ x: 2500 });
  });

  it('saves after moves (debounced) and on close', () => {
    vi.useFakeTimers();
    try {
      const file = tempFile();
      const listeners = new Map<string, () => void>();
      let bounds = { x: 1.4, y: 2.6, width: 900, height: 600 };
      trackWindowState({ on: (e, l) => listeners.set(e, l), getNormalBounds: () => bounds, isMaximized: () => false }, file, 100);
      listeners.get('move')!();
      vi.advanceTimersByTime(99);
      expect(() => readFileSync(file)).toThrow();
      vi.advanceTimersByTime(1);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 1, y: 3, width: 900, height: 600, isMaximized: false });
      bounds = { x: 5, y: 5, width: 1200, height: 800 };
      listeners.get('close')!();
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ width: 1200, height: 800 });
    } finally {
      vi.useRealTimers();
    }
  });
});
