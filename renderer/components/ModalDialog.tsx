import { useState, type ReactNode } from 'react';
import { useModalDialog } from '../features/import/useModalDialog';

export interface ModalDialogProps {
  /** The id of the element that names the dialog (its heading). */
  labelledBy: string;
  /** Escape, or the dialog's own way back. */
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal `<dialog>` over the page: focus moves in, Escape closes it through `onClose`, and focus
 * goes back to whatever had it when the dialog opened (a button, or the board after a shortcut).
 */
export function ModalDialog({ labelledBy, onClose, children }: ModalDialogProps) {
  const [opener] = useState(() => ({ current: document.activeElement instanceof HTMLElement ? document.activeElement : null }));
  const dialogRef = useModalDialog(opener);
  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog"
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
