import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** The rows to render of a long list with fixed-height rows, plus the space above and below them. */
export interface RowWindow {
  start: number;
  /** One past the last row to render. */
  end: number;
  padTop: number;
  padBottom: number;
  /** The scroller's inner width, 0 before layout. */
  widthPx: number;
  /** Scrolls the least needed so row `index` is fully in sight. */
  scrollToIndex(index: number): void;
}

/** Height assumed before layout (and in environments without layout): enough for a first screen. */
const FALLBACK_VIEWPORT_PX = 720;

/**
 * Windowing for lists of thousands of rows (5,000 visits): only the rows in sight plus `overscan`
 * on each side are rendered. `headerPx` is space inside the scroller above the first row.
 */
export function useWindowedRows(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  rowPx: number,
  options: { overscan?: number; headerPx?: number } = {},
): RowWindow {
  const overscan = options.overscan ?? 8;
  const headerPx = options.headerPx ?? 0;
  const [view, setView] = useState({ scrollTop: 0, height: FALLBACK_VIEWPORT_PX, widthPx: 0 });
  // The scroller often mounts after the first render (a list shows a sentence until its rows
  // arrive) or is replaced: listen to the element itself, not once to whatever the ref held then.
  const [element, setElement] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (scroller.current !== element) setElement(scroller.current);
  });

  useEffect(() => {
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setView((v) => {
        const height = element.clientHeight || FALLBACK_VIEWPORT_PX;
        const widthPx = element.clientWidth;
        return v.scrollTop === element.scrollTop && v.height === height && v.widthPx === widthPx
          ? v
          : { scrollTop: element.scrollTop, height, widthPx };
      });
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [element]);

  // A shorter list (a filter) leaves the browser's scroll position clamped without always telling us.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && element.scrollTop !== view.scrollTop) setView((v) => ({ ...v, scrollTop: element.scrollTop }));
  }, [scroller, count, view.scrollTop]);

  const top = Math.max(0, Math.min(view.scrollTop - headerPx, count * rowPx - view.height));
  const start = Math.max(0, Math.min(count, Math.floor(top / rowPx) - overscan));
  const end = Math.min(count, Math.ceil((top + view.height) / rowPx) + overscan);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scroller.current;
      if (!element || index < 0) return;
      const rowTop = headerPx + index * rowPx;
      const visibleTop = element.scrollTop + headerPx;
      const visibleBottom = element.scrollTop + (element.clientHeight || FALLBACK_VIEWPORT_PX);
      let next: number | null = null;
      if (rowTop < visibleTop) next = rowTop - headerPx;
      else if (rowTop + rowPx > visibleBottom) next = rowTop + rowPx - (element.clientHeight || FALLBACK_VIEWPORT_PX);
      if (next === null) return;
      element.scrollTop = Math.max(0, next);
      // Render the new window now rather than a frame later, so focus can move into it.
      setView((v) => ({ ...v, scrollTop: element.scrollTop }));
    },
    [scroller, rowPx, headerPx],
  );

  return { start, end, padTop: start * rowPx, padBottom: (count - end) * rowPx, widthPx: view.widthPx, scrollToIndex };
}
