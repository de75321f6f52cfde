import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Where and how big the window was when last closed. */
const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, isMaximized: false };

/** At least this much of the title bar must be on some screen, or the position is forgotten. */
const MIN_VISIBLE_PX = 64;

function isVisibleOn(state: WindowState, workAreas: readonly Rect[]): boolean {
  if (state.x === undefined || state.y === undefined) return false;
  const { x, y, width } = state;
  return workAreas.some(
    (a) => x + width - MIN_VISIBLE_PX >= a.x && x + MIN_VISIBLE_PX <= a.x + a.width && y >= a.y && y + 32 <= a.y + a.height,
  );
}

/**
 * Reads the saved state; a missing or damaged file gives the default. A position that would put
 * the window off every screen (a monitor was unplugged) is dropped so the window opens centred.
 */
export function loadWindowState(file: string, workAreas: readonly Rect[]): WindowState {
  let parsed: WindowState;
  try {
    parsed = WindowState.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (isVisibleOn(parsed, workAreas)) return parsed;
  const { x: _x, y: _y, ...sizeOnly } = parsed;
  return sizeOnly;
}

/** Writes the state as JSON, creating the folder. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(WindowState.parse(state), null, 2));
}

/** The window methods state tracking needs. */
export interface TrackableWindow {
  on(event: 'close' | 'resize' | 'move', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** Saves the window's normal bounds and maximised flag when it closes (and after moves, debounced). */
export function trackWindowState(window: TrackableWindow, file: string, debounceMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    const bounds = window.getNormalBounds();
    try {
      saveWindowState(file, { ...roundRect(bounds), isMaximized: window.isMaximized() });
    } catch {
      // losing the window position is not worth an error dialog
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', save);
}

function roundRect(r: Rect): Rect {
  return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
}
