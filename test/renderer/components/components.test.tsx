// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isTypingTarget, nextIndex } from '../../../renderer/components/list-keys';
import { useAfterPaint } from '../../../renderer/components/useAfterPaint';

afterEach(cleanup);

describe('list keys', () => {
  it('moves the active row with arrows, Home/End and pages, staying inside the list', () => {
    expect(nextIndex('ArrowDown', -1, 10, 4)).toBe(0);
    expect(nextIndex('ArrowDown', 9, 10, 4)).toBe(9);
    expect(nextIndex('ArrowUp', 0, 10, 4)).toBe(0);
    expect(nextIndex('End', 3, 10, 4)).toBe(9);
    expect(nextIndex('Home', 3, 10, 4)).toBe(0);
    expect(nextIndex('PageDown', 3, 10, 4)).toBe(7);
    expect(nextIndex('PageUp', 2, 10, 4)).toBe(0);
    expect(nextIndex('a', 3, 10, 4)).toBeNull();
    expect(nextIndex('ArrowDown', 0, 0, 4)).toBeNull();
  });

  it('leaves keys typed into text fields alone, but not those on checkboxes or buttons', () => {
    const text = document.createElement('input');
    const box = document.createElement('input');
    box.type = 'checkbox';
    expect(isTypingTarget(text)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(box)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('useAfterPaint', () => {
  function Probe({ value }: { value: string }) {
    return <p data-testid="later">{useAfterPaint(value)}</p>;
  }

  it('shows the first value at once and a change only after the next frame', async () => {
    const { rerender } = render(<Probe value="first" />);
    expect(screen.getByTestId('later').textContent).toBe('first');
    rerender(<Probe value="second" />);
    expect(screen.getByTestId('later').textContent).toBe('first');
    await act(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5))));
    expect(screen.getByTestId('later').textContent).toBe('second');
  });
});
