import { useCallback, useEffect, useRef, useState } from 'react';
import type { OfficerChanges, OfficerEditResult } from '../../../shared/api/officer-edit';
import { isTypingTarget } from '../../components/list-keys';
import { useApiMutation } from '../../api/useApiMutation';

/** The last thing an officer change said: a saved edit, an undo, or a form with nothing to save. */
export type OfficerNotice = { kind: 'saved' | 'undone'; result: OfficerEditResult } | { kind: 'unchanged'; name: string };

/**
 * Saving and undoing officer edits. `onChanged` runs after each stored change (the roster and the
 * board's plans are read again); the last stored edit stays one Undo (or Ctrl+Z) away.
 */
export function useOfficerEdits(onChanged: (result: OfficerEditResult) => Promise<void> | void) {
  const update = useApiMutation('officers.update');
  const undoEdit = useApiMutation('officers.undoEdit');
  const [notice, setNotice] = useState<OfficerNotice | null>(null);
  // Kept for the session, so leaving for the board and coming back still offers Undo.
  const [lastEditId, setLastEditIdState] = useState<number | null>(readLastEdit);
  const setLastEditId = useCallback((editId: number | null) => {
    setLastEditIdState(editId);
    rememberLastEdit(editId);
  }, []);

  const save = useCallback(
    async (officerId: string, name: string, changes: OfficerChanges) => {
      undoEdit.reset();
      if (Object.keys(changes).length === 0) {
        update.reset();
        setNotice({ kind: 'unchanged', name });
        return;
      }
      const result = await update.run({ officerId, changes });
      if (!result) return;
      setNotice(result.changed.length === 0 ? { kind: 'unchanged', name } : { kind: 'saved', result });
      if (result.editId !== null) setLastEditId(result.editId);
      await onChanged(result);
    },
    [update, undoEdit, onChanged, setLastEditId],
  );

  const undo = useCallback(async () => {
    if (lastEditId === null || update.isBusy || undoEdit.isBusy) return;
    update.reset();
    const result = await undoEdit.run({ editId: lastEditId });
    if (!result) return;
    setLastEditId(null);
    setNotice({ kind: 'undone', result });
    await onChanged(result);
  }, [lastEditId, update, undoEdit, onChanged, setLastEditId]);

  // Ctrl+Z outside a text field takes the last officer change back, as it does a plan change on the board.
  const undoRef = useRef(undo);
  undoRef.current = undo;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey || event.shiftKey || event.code !== 'KeyZ' || event.repeat || isTypingTarget(event.target)) return;
      event.preventDefault();
      void undoRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const { reset: resetUpdate } = update;
  const { reset: resetUndo } = undoEdit;
  /** Forgets a refusal (another officer was picked). */
  const dismiss = useCallback(() => {
    resetUpdate();
    resetUndo();
  }, [resetUpdate, resetUndo]);

  return {
    save,
    dismiss,
    undo,
    canUndo: lastEditId !== null,
    isBusy: update.isBusy || undoEdit.isBusy,
    error: update.error ?? undoEdit.error,
    notice,
  };
}

const LAST_EDIT_KEY = 'dispatch.lastOfficerEdit';

function readLastEdit(): number | null {
  try {
    const stored = Number(sessionStorage.getItem(LAST_EDIT_KEY));
    return Number.isInteger(stored) && stored > 0 ? stored : null;
  } catch {
    return null; // storage can be disabled: Undo then lasts while the screen is open
  }
}

function rememberLastEdit(editId: number | null): void {
  try {
    if (editId === null) sessionStorage.removeItem(LAST_EDIT_KEY);
    else sessionStorage.setItem(LAST_EDIT_KEY, String(editId));
  } catch {
    // not remembered beyond this screen
  }
}
