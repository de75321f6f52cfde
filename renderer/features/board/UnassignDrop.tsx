import { useCallback, useEffect, type PointerEvent, type ReactNode } from 'react';
import { useDragController } from '../../state/DragProvider';

/**
 * Makes the unassigned list a drop target (dropping a planned visit there takes it out of its
 * route) and hands its items a drag start.
 */
export function UnassignDrop({
  children,
}: {
  children(onDragPress: (event: PointerEvent, visitId: string, label: string) => void): ReactNode;
}) {
  const drag = useDragController();
  useEffect(
    () =>
      drag.addResolver((x, y) => {
        const panel = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-drop-unassign]');
        if (!panel) return null;
        const box = panel.getBoundingClientRect();
        return { kind: 'unassign', marker: { left: box.left, top: box.top, width: box.width, height: box.height } };
      }),
    [drag],
  );
  const onDragPress = useCallback((event: PointerEvent, visitId: string, label: string) => drag.press(event, visitId, label), [drag]);
  return <>{children(onDragPress)}</>;
}
