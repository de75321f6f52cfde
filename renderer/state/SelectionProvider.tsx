import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Selection } from './selection';
import { createSelectionStore, type SelectionStore } from './selection-store';

const SelectionContext = createContext<SelectionStore | null>(null);

/** One selection for the whole board (table, map, timeline, unassigned list). */
export function SelectionProvider({ children, store }: { children: ReactNode; store?: SelectionStore }) {
  const [own] = useState(() => store ?? createSelectionStore());
  return <SelectionContext.Provider value={own}>{children}</SelectionContext.Provider>;
}

/** The store itself, for changing the selection without re-rendering on every change. */
export function useSelectionStore(): SelectionStore {
  const store = useContext(SelectionContext);
  if (!store) throw new Error('useSelectionStore() needs a <SelectionProvider> above it');
  return store;
}

/** The current selection; the component re-renders when it changes. */
export function useSelection(): Selection {
  const store = useSelectionStore();
  return useSyncExternalStore(store.subscribe, store.get);
}
