// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanButton } from '../../../../renderer/features/plans/PlanButton';
import { renderWithProviders } from '../../render';

afterEach(cleanup);

const running = {
  latest: {
    date: '2026-11-23',
    fraction: 0.4,
    assigned: 180,
    phase: 'improve' as const,
    bestCost: 123456.4,
    elapsedMs: 2000,
    remainingMs: 3100,
  },
  isImproving: true,
};

describe('PlanButton', () => {
  it('plans on click when idle, with no progress bar', () => {
    const onPlan = vi.fn();
    renderWithProviders(
      <PlanButton onPlan={onPlan} isBusy={false} progress={{ latest: null, isImproving: false }} onCancel={vi.fn()} isCancelling={false} />,
      { language: 'en' },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Plan day' }));
    expect(onPlan).toHaveBeenCalledOnce();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('while planning shows how far it is, the improving best cost, the time left and a cancel', () => {
    const onCancel = vi.fn();
    renderWithProviders(<PlanButton onPlan={vi.fn()} isBusy progress={running} onCancel={onCancel} isCancelling={false} />, {
      language: 'en',
    });
    expect((screen.getByRole('button', { name: 'Planning… 40%' }) as HTMLButtonElement).disabled).toBe(true);
    const bar = screen.getByRole('progressbar', { name: 'Planning the day: 40% done' }) as HTMLProgressElement;
    expect(bar.value).toBeCloseTo(0.4);
    expect(screen.getByText('best cost 123,456 ↓ improving · 180 visits placed · 4 s left')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('says when the cancel is on its way, in Chinese too', () => {
    renderWithProviders(
      <PlanButton onPlan={vi.fn()} isBusy progress={{ ...running, isImproving: false }} onCancel={vi.fn()} isCancelling />,
      { language: 'zh' },
    );
    expect((screen.getByRole('button', { name: '正在停止…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/当前最优成本 123,456 · 已安排 180 个走访 · 剩余 4 秒/)).toBeTruthy();
  });
});
