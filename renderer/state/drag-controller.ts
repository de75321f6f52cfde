/** Where a dragged visit would land: a place in an officer's route, or back to the unassigned list. */
export type DropTarget =
  { kind: 'route'; officerId: string; position: number; marker: MarkerBox } | { kind: 'unassign'; marker: MarkerBox };

/** Where to draw the landing marker, in viewport pixels. */
export interface MarkerBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Finds the drop target under the pointer, or null; each view that accepts drops registers one. */
export type DropResolver = (clientX: number, clientY: number, visitId: string) => DropTarget | null;

export interface DragState {
  visitId: string;
  label: string;
  x: number;
  y: number;
  target: DropTarget | null;
}

export interface DragController {
  /** A press on a visit: it becomes a drag once the pointer has moved a few pixels. */
  press(event: { clientX: number; clientY: number; button: number }, visitId: string, label: string): void;
  /** Stops a drag without dropping (Escape). */
  cancel(): void;
  get(): DragState | null;
  subscribe(listener: () => void): () => void;
  addResolver(resolver: DropResolver): () => void;
}

/** Pixels the pointer must travel before a press counts as a drag (a click must stay a click). */
const DRAG_THRESHOLD_PX = 4;

/**
 * Drag and drop of visits with pointer events rather than HTML5 drag and drop: the same code
 * serves table rows, timeline blocks and canvas markers on the map (which are not elements).
 */
/** Longest a dropped visit stays in hand while its edit is on its way. */
const HELD_AFTER_DROP_MS = 150;

/**
 * `onDrop` may return the edit's promise: the dropped visit then stays in hand until the board has
 * painted where it landed (or HELD_AFTER_DROP_MS at most), because ending a drag restyles the
 * whole board and would otherwise compete with the edit's request and its answer.
 */
export function createDragController(
  onDrop: (visitId: string, target: DropTarget) => void | Promise<unknown>,
  win: Window = window,
): DragController {
  let pending: { visitId: string; label: string; startX: number; startY: number } | null = null;
  let state: DragState | null = null;
  const listeners = new Set<() => void>();
  const resolvers = new Set<DropResolver>();

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const resolve = (x: number, y: number, visitId: string): DropTarget | null => {
    for (const resolver of resolvers) {
      const target = resolver(x, y, visitId);
      if (target) return target;
    }
    return null;
  };

  const onMove = (event: MouseEvent) => {
    if (!pending) return;
    if (!state && Math.hypot(event.clientX - pending.startX, event.clientY - pending.startY) < DRAG_THRESHOLD_PX) return;
    if (!state) win.document.body.classList.add('is-dragging');
    state = {
      visitId: pending.visitId,
      label: pending.label,
      x: event.clientX,
      y: event.clientY,
      target: resolve(event.clientX, event.clientY, pending.visitId),
    };
    notify();
  };
  const onUp = (event: MouseEvent) => {
    const dropped = state;
    if (!dropped) {
      stop();
      return;
    }
    // Where the last move resolved is where the pointer is released (usually): no second look-up,
    // which would force a layout right when the drop should start its edit.
    const isSamePlace = event.clientX === dropped.x && event.clientY === dropped.y;
    const target = isSamePlace ? dropped.target : resolve(event.clientX, event.clientY, dropped.visitId);
    const landing = target ? onDrop(dropped.visitId, target) : undefined;
    detach();
    // Only this drop's drag ends here: a new press may have started another meanwhile.
    const end = () => {
      win.clearTimeout(cap);
      if (state === dropped) stop();
    };
    const cap = win.setTimeout(end, landing ? HELD_AFTER_DROP_MS : 0);
    // A timeout queued from an animation frame runs after that frame's paint.
    void landing?.finally(() => win.requestAnimationFrame(() => win.setTimeout(end, 0)));
    // The click that ends a drag must not also select whatever lies under the pointer.
    const swallow = (click: Event) => {
      click.stopPropagation();
      click.preventDefault();
    };
    win.addEventListener('click', swallow, { capture: true, once: true });
    win.setTimeout(() => win.removeEventListener('click', swallow, { capture: true }), 0);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !state) return;
    event.preventDefault();
    stop();
  };
  function detach() {
    win.removeEventListener('pointermove', onMove);
    win.removeEventListener('pointerup', onUp);
    win.removeEventListener('pointercancel', stop);
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('blur', stop);
  }
  function stop() {
    detach();
    const hadDrag = state !== null;
    pending = null;
    state = null;
    if (hadDrag) {
      win.document.body.classList.remove('is-dragging');
      notify();
    }
  }

  return {
    press(event, visitId, label) {
      if (event.button !== 0) return;
      stop();
      pending = { visitId, label, startX: event.clientX, startY: event.clientY };
      win.addEventListener('pointermove', onMove);
      win.addEventListener('pointerup', onUp);
      win.addEventListener('pointercancel', stop);
      win.addEventListener('keydown', onKey, true);
      win.addEventListener('blur', stop);
    },
    cancel: stop,
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    addResolver(resolver) {
      resolvers.add(resolver);
      return () => resolvers.delete(resolver);
    },
  };
}
