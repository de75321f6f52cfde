// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useWindowedRows } from '../../../renderer/components/useWindowedRows';

afterEach(cleanup);

const ROW_PX = 28;

/** A list that shows a sentence until it has rows, as the visits table does before the day arrives. */
function List({ count }: { count: number }) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useWindowedRows(scroller, count, ROW_PX);
  if (count === 0) return <p>No rows yet.</p>;
  return (
    <div data-testid="scroller" ref={scroller}>
      <output data-testid="window">{`${rows.start}-${rows.end}`}</output>
    </div>
  );
}

const nextFrame = () => act(() => new Promise((resolve) => requestAnimationFrame(resolve)));

async function scrollTo(scrollTop: number): Promise<void> {
  const scroller = screen.getByTestId('scroller');
  scroller.scrollTop = scrollTop;
  fireEvent.scroll(scroller);
  await nextFrame();
}

const shownWindow = () => screen.getByTestId('window').textContent;

describe('useWindowedRows', () => {
  it('follows the scroll of a list whose scroller appears after the first render', async () => {
    const { rerender } = render(<List count={0} />);
    rerender(<List count={5000} />);
    expect(shownWindow()).toBe('0-34');
    // Without layout the viewport counts as 720 px: rows 2000 to 2025 in sight, 8 more each side.
    await scrollTo(ROW_PX * 2000);
    expect(shownWindow()).toBe('1992-2034');
    await scrollTo(ROW_PX * 5000);
    expect(shownWindow()).toBe('4966-5000');
  });

  it('follows a scroller that is replaced by a new element', async () => {
    const { rerender } = render(<List count={5000} />);
    rerender(<List count={0} />);
    rerender(<List count={3000} />);
    await scrollTo(ROW_PX * 1000);
    expect(shownWindow()).toBe('992-1034');
  });
});
