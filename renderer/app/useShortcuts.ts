import { useEffect, useRef } from 'react';

/**
 * Alt+letter shortcuts. Matches `event.code` (the physical key) because on macOS Alt changes the
 * typed character (Alt+P gives "π"), and ignores key repeat so holding the key acts once.
 */
export function useShortcuts(actions: Partial<Record<'KeyP' | 'KeyE' | 'KeyL', () => void>>): void {
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return;
      const action = actionsRef.current[event.code as 'KeyP' | 'KeyE' | 'KeyL'];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
