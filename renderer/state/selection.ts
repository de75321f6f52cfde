/**
 * Which view a selection came from, so the other views know to scroll to it. A visit selected
 * because it was just dropped ('drop') scrolls nothing: the user is looking where they dropped it.
 */
export type SelectionSource = 'table' | 'map' | 'timeline' | 'unassigned' | 'keyboard' | 'drop';

/** The visits picked on the board: one selection shared by the table, the map and the timeline. */
export interface Selection {
  readonly ids: ReadonlySet<string>;
  /** Where a shift-click range starts (the last visit clicked without shift). */
  readonly anchorId: string | null;
  /** The visit picked last; other views scroll it into sight. */
  readonly focusId: string | null;
  readonly source: SelectionSource;
}

/** Whether a view should bring the focused visit into sight: picked elsewhere, and not just dropped. */
export function isPickedElsewhere(selection: Selection, view: SelectionSource): boolean {
  return selection.source !== view && selection.source !== 'drop';
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchorId: null, focusId: null, source: 'keyboard' };

export interface PickModifiers {
  /** Ctrl (Cmd on macOS): add or remove one visit. */
  toggle?: boolean;
  /** Shift: everything from the anchor to this visit, in the view's order. */
  range?: boolean;
}

/**
 * The selection after a click (or Space) on one visit. `order` is the view's visible order for
 * shift ranges; a view without an order (the map) adds the visit instead.
 */
export function pick(
  current: Selection,
  id: string,
  modifiers: PickModifiers,
  source: SelectionSource,
  order?: readonly string[],
): Selection {
  if (modifiers.range && current.anchorId !== null) {
    const from = order?.indexOf(current.anchorId) ?? -1;
    const to = order?.indexOf(id) ?? -1;
    const ids = new Set(modifiers.toggle ? current.ids : []);
    if (order && from >= 0 && to >= 0) {
      for (let i = Math.min(from, to); i <= Math.max(from, to); i++) ids.add(order[i]);
    } else {
      for (const kept of current.ids) ids.add(kept);
      ids.add(id);
    }
    return { ids, anchorId: current.anchorId, focusId: id, source };
  }
  if (modifiers.toggle) {
    const ids = new Set(current.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchorId: id, focusId: id, source };
  }
  return { ids: new Set([id]), anchorId: id, focusId: id, source };
}

/** Exactly these visits (select all, or a list the app chose). */
export function selectOnly(ids: readonly string[], source: SelectionSource): Selection {
  const last = ids.length > 0 ? ids[ids.length - 1] : null;
  return { ids: new Set(ids), anchorId: ids[0] ?? null, focusId: last, source };
}

/** Drops visits that no longer exist (another day, a re-import), keeping the rest. */
export function keepExisting(current: Selection, exists: (id: string) => boolean): Selection {
  const ids = [...current.ids].filter(exists);
  if (ids.length === current.ids.size) return current;
  return {
    ids: new Set(ids),
    anchorId: current.anchorId !== null && exists(current.anchorId) ? current.anchorId : null,
    focusId: current.focusId !== null && exists(current.focusId) ? current.focusId : null,
    source: current.source,
  };
}
