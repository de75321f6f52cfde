import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, keepExisting, pick, selectOnly } from '../../../renderer/state/selection';
import { createSelectionStore } from '../../../renderer/state/selection-store';

const order = ['A', 'B', 'C', 'D', 'E'];
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('picking visits', () => {
  it('a plain click selects just that visit and anchors there', () => {
    const s = pick(selectOnly(['A', 'B'], 'table'), 'C', {}, 'map');
    expect(ids(s)).toEqual(['C']);
    expect(s).toMatchObject({ anchorId: 'C', focusId: 'C', source: 'map' });
  });

  it('Ctrl+click adds and removes one visit', () => {
    const one = pick(EMPTY_SELECTION, 'B', {}, 'table');
    const two = pick(one, 'D', { toggle: true }, 'table');
    expect(ids(two)).toEqual(['B', 'D']);
    expect(ids(pick(two, 'B', { toggle: true }, 'table'))).toEqual(['D']);
  });

  it('Shift+click takes the range from the anchor in the view order, either direction', () => {
    const anchored = pick(EMPTY_SELECTION, 'D', {}, 'table');
    expect(ids(pick(anchored, 'B', { range: true }, 'table', order))).toEqual(['B', 'C', 'D']);
    const forward = pick(pick(EMPTY_SELECTION, 'B', {}, 'table'), 'E', { range: true }, 'table', order);
    expect(ids(forward)).toEqual(['B', 'C', 'D', 'E']);
    expect(forward.anchorId).toBe('B');
    expect(forward.focusId).toBe('E');
  });

  it('Ctrl+Shift+click adds the range to what was selected', () => {
    const s = pick(
      pick(pick(EMPTY_SELECTION, 'A', {}, 'table'), 'D', { toggle: true }, 'table'),
      'E',
      { range: true, toggle: true },
      'table',
      order,
    );
    expect(ids(s)).toEqual(['A', 'D', 'E']);
  });

  it('a view without an order (the map) adds the visit on Shift+click', () => {
    const s = pick(pick(EMPTY_SELECTION, 'A', {}, 'map'), 'Z', { range: true }, 'map');
    expect(ids(s)).toEqual(['A', 'Z']);
  });

  it('drops visits that no longer exist, and keeps the same object when nothing changed', () => {
    const s = selectOnly(['A', 'B', 'C'], 'table');
    expect(keepExisting(s, () => true)).toBe(s);
    const kept = keepExisting(s, (id) => id !== 'C');
    expect(ids(kept)).toEqual(['A', 'B']);
    expect(kept.focusId).toBeNull();
    expect(kept.anchorId).toBe('A');
  });
});

describe('selection store', () => {
  it('notifies subscribers only when the selection really changes', () => {
    const store = createSelectionStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.update((s) => s);
    expect(calls).toBe(0);
    store.update((s) => pick(s, 'A', {}, 'table'));
    expect(calls).toBe(1);
    expect(ids(store.get())).toEqual(['A']);
    stop();
    store.update((s) => pick(s, 'B', {}, 'table'));
    expect(calls).toBe(1);
  });
});
