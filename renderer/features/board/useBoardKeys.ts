import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../components/list-keys';

/** Board actions with a keyboard shortcut (listed in the footer). */
export interface BoardKeyActions {
  undo(): void;
  redo(): void;
  move(): void;
  pin(): void;
  lock(): void;
  unassign(): void;
  insert(): void;
  /** Turns the map's area mode on or off. */
  toggleArea(): void;
  clearSelection(): void;
}

/**
 * Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo; single letters act on the selection: M move,
 * K pin, O lock order, U unassign, F fit into the plan, A select by area on the map, Escape clears
 * (or leaves area mode first). Keys typed into a field or pressed while a dialog is open are
 * left alone.
 */
export function useBoardKeys(actions: BoardKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const action = pickAction(event, latest.current);
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function pickAction(event: KeyboardEvent, a: BoardKeyActions): (() => void) | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey) {
    if (event.code === 'KeyZ') return event.shiftKey ? a.redo : a.undo;
    if (event.code === 'KeyY' && !event.shiftKey) return a.redo;
    return null;
  }
  if (event.altKey || event.shiftKey) return null;
  switch (event.code) {
    case 'KeyM':
      return a.move;
    case 'KeyK':
      return a.pin;
    case 'KeyO':
      return a.lock;
    case 'KeyU':
      return a.unassign;
    case 'KeyF':
      return a.insert;
    case 'KeyA':
      return a.toggleArea;
    case 'Escape':
      return a.clearSelection;
    default:
      return null;
  }
}
