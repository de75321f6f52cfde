import { useEffect, useRef, type RefObject } from 'react';

/**
 * Shows a `<dialog>` as modal while the component is mounted: the page behind becomes inert,
 * focus moves into the dialog, and on unmount focus goes back to `returnFocusTo` (the button
 * that opened it, even when a shortcut did).
 */
export function useModalDialog(returnFocusTo?: RefObject<HTMLElement | null>): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first control itself; this covers runtimes that do not.
    if (!dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>('input, button, select')?.focus();
    const target = returnFocusTo?.current ?? null;
    return () => {
      if (dialog.open) dialog.close();
      target?.focus();
    };
  }, [returnFocusTo]);
  return ref;
}
