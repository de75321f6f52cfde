import { useEffect, useState } from 'react';

/**
 * The value, but a change reaches the caller only after the browser has painted the frame that
 * shows the rest of the change. Lets the most watched view (the timeline, after a drop) paint
 * first and the heavier ones (5,000-row table, map canvas) follow a frame later. The first value
 * is returned at once.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterPaint(() => setShown(value));
  }, [shown, value]);
  return shown;
}

/** Runs `work` once the next frame has been painted; returns a function that calls it off. */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A timeout queued from an animation frame runs after that frame's paint.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
