import { EMPTY_SELECTION, type Selection } from './selection';

/** A tiny external store, so a selection change re-renders only the views that read it. */
export interface SelectionStore {
  get(): Selection;
  subscribe(listener: () => void): () => void;
  update(change: (current: Selection) => Selection): void;
}

export function createSelectionStore(initial: Selection = EMPTY_SELECTION): SelectionStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      const next = change(state);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
  };
}
