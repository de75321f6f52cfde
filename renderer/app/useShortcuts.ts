import { useEffect, useRef } from 'react';

/** The physical keys that have an Alt+letter shortcut. */
export type ShortcutKey = 'KeyP' | 'KeyE' | 'KeyL' | 'KeyI' | 'KeyR' | 'KeyO' | 'KeyU' | 'KeyH' | 'KeyW' | 'KeyS' | 'KeyK' | 'KeyT';

/**
 * Alt+letter shortcuts. Matches `event.code` (the physical key) because on macOS Alt changes the
 * typed character (Alt+P gives "π"), and ignores key repeat so holding the key acts once.
 */
export function useShortcuts(actions: Partial<Record<ShortcutKey, () => void>>): void {
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return;
      const action = actionsRef.current[event.code as ShortcutKey];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
