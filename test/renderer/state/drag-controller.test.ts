// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDragController, type DropTarget } from '../../../renderer/state/drag-controller';

const target: DropTarget = { kind: 'route', officerId: 'OF2', position: 1, marker: { left: 10, top: 20, width: 3, height: 30 } };
const pointer = (type: string, x: number, y: number) =>
  window.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true }));

afterEach(() => document.body.classList.remove('is-dragging'));

describe('dragging a visit', () => {
  it('stays a click below the threshold: nothing is dropped', () => {
    const onDrop = vi.fn();
    const drag = createDragController(onDrop);
    drag.addResolver(() => target);
    drag.press({ clientX: 100, clientY: 100, button: 0 }, 'V-1', 'V-1');
    pointer('pointermove', 102, 101);
    expect(drag.get()).toBeNull();
    pointer('pointerup', 102, 101);
    expect(onDrop).not.toHaveBeenCalled();
  });

  it('follows the pointer with the target under it and drops there, swallowing the click that ends the drag', async () => {
    const onDrop = vi.fn();
    const drag = createDragController(onDrop);
    const resolver = vi.fn((x: number) => (x > 150 ? target : null));
    drag.addResolver(resolver);
    const seen: (string | null)[] = [];
    drag.subscribe(() => seen.push(drag.get()?.target?.kind ?? null));

    drag.press({ clientX: 100, clientY: 100, button: 0 }, 'V-1', 'Wang · V-1');
    pointer('pointermove', 120, 100);
    expect(drag.get()).toMatchObject({ visitId: 'V-1', label: 'Wang · V-1', x: 120, target: null });
    expect(document.body.classList.contains('is-dragging')).toBe(true);
    pointer('pointermove', 200, 100);
    expect(drag.get()?.target).toEqual(target);
    pointer('pointerup', 200, 100);

    expect(onDrop).toHaveBeenCalledWith('V-1', target);
    const click = vi.fn();
    document.body.addEventListener('click', click);
    document.body.click();
    expect(click).not.toHaveBeenCalled();
    // The drag ends on screen a task later, once the edit's request has left; the pointer is let go at once.
    pointer('pointermove', 300, 100);
    expect(drag.get()?.x).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(drag.get()).toBeNull();
    expect(seen).toEqual([null, 'route', null]);
    expect(document.body.classList.contains('is-dragging')).toBe(false);
  });

  it('keeps a dropped visit in hand until its edit has landed and been painted, or a moment at most', async () => {
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let land: () => void = () => undefined;
    const drag = createDragController(() => new Promise<void>((resolve) => (land = resolve)));
    drag.addResolver(() => target);
    const dropOnce = () => {
      drag.press({ clientX: 100, clientY: 100, button: 0 }, 'V-1', 'V-1');
      pointer('pointermove', 200, 100);
      pointer('pointerup', 200, 100);
    };

    dropOnce();
    await wait(20);
    expect(drag.get()?.visitId).toBe('V-1');
    land();
    await wait(60);
    expect(drag.get()).toBeNull();
    expect(document.body.classList.contains('is-dragging')).toBe(false);

    // An edit that takes long: the drag ends anyway, and a later drag is not ended by the first.
    dropOnce();
    await wait(200);
    expect(drag.get()).toBeNull();
    drag.press({ clientX: 0, clientY: 0, button: 0 }, 'V-2', 'V-2');
    pointer('pointermove', 50, 0);
    land();
    await wait(60);
    expect(drag.get()?.visitId).toBe('V-2');
    drag.cancel();
  });

  it('drops nothing where no view accepts the visit, and Escape cancels a drag', () => {
    const onDrop = vi.fn();
    const drag = createDragController(onDrop);
    drag.addResolver(() => null);
    drag.press({ clientX: 0, clientY: 0, button: 0 }, 'V-1', 'V-1');
    pointer('pointermove', 50, 50);
    pointer('pointerup', 50, 50);
    expect(onDrop).not.toHaveBeenCalled();

    const remove = drag.addResolver(() => target);
    drag.press({ clientX: 0, clientY: 0, button: 0 }, 'V-2', 'V-2');
    pointer('pointermove', 50, 50);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(drag.get()).toBeNull();
    pointer('pointerup', 50, 50);
    expect(onDrop).not.toHaveBeenCalled();
    remove();
  });

  it('ignores presses of other mouse buttons', () => {
    const onDrop = vi.fn();
    const drag = createDragController(onDrop);
    drag.addResolver(() => target);
    drag.press({ clientX: 0, clientY: 0, button: 2 }, 'V-1', 'V-1');
    pointer('pointermove', 80, 80);
    expect(drag.get()).toBeNull();
  });
});
