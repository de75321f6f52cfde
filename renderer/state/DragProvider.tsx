import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { createDragController, type DragController, type DropTarget } from './drag-controller';

const DragContext = createContext<DragController | null>(null);

/** Lets any view start dragging a visit and any view accept the drop; `onDrop` makes the edit. */
export function DragProvider({
  onDrop,
  children,
}: {
  /** May return the edit's promise, so the visit stays in hand until the board shows where it landed. */
  onDrop(visitId: string, target: DropTarget): void | Promise<unknown>;
  children: ReactNode;
}) {
  const onDropRef = useRef(onDrop);
  onDropRef.current = onDrop;
  const [controller] = useState(() => createDragController((visitId, target) => onDropRef.current(visitId, target)));
  useEffect(() => () => controller.cancel(), [controller]);
  return (
    <DragContext.Provider value={controller}>
      {children}
      <DragGhost controller={controller} />
    </DragContext.Provider>
  );
}

export function useDragController(): DragController {
  const controller = useContext(DragContext);
  if (!controller) throw new Error('useDragController() needs a <DragProvider> above it');
  return controller;
}

/** The visit under the pointer while dragging, and a bar where it would land. */
function DragGhost({ controller }: { controller: DragController }) {
  const { t } = useT();
  const drag = useSyncExternalStore(controller.subscribe, controller.get);
  if (!drag) return null;
  const marker = drag.target?.marker;
  return (
    <>
      <div className="drag-ghost" style={{ transform: `translate(${drag.x + 12}px, ${drag.y + 8}px)` }} aria-hidden="true">
        {drag.label}
        <span className="drag-ghost__hint">{drag.target ? '' : t('drag.noTarget')}</span>
      </div>
      {marker && (
        <div
          className={`drop-marker drop-marker--${drag.target!.kind}`}
          aria-hidden="true"
          style={{ left: marker.left, top: marker.top, width: marker.width, height: marker.height }}
        />
      )}
    </>
  );
}
