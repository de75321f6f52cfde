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
    officersUsed: 21,
    distanceM: 412_000,
    travelSec: 30 * 3600,
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

  it('while planning shows how far it is in the dispatcher’s terms, the time left and a cancel', () => {
    const onCancel = vi.fn();
    renderWithProviders(<PlanButton onPlan={vi.fn()} isBusy progress={running} onCancel={onCancel} isCancelling={false} />, {
      language: 'en',
    });
    expect((screen.getByRole('button', { name: 'Planning… 40%' }) as HTMLButtonElement).disabled).toBe(true);
    const bar = screen.getByRole('progressbar', { name: 'Planning the day: 40% done' }) as HTMLProgressElement;
    expect(bar.value).toBeCloseTo(0.4);
    expect(screen.getByText('180 visits placed · 21 officers · 412.0 km · 30.0 h travel · ↓ improving · 4 s left')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('says when the cancel is on its way, in Chinese too', () => {
    renderWithProviders(
      <PlanButton onPlan={vi.fn()} isBusy progress={{ ...running, isImproving: false }} onCancel={vi.fn()} isCancelling />,
      { language: 'zh' },
    );
    expect((screen.getByRole('button', { name: '正在停止…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('已安排 180 个走访 · 21 名外访员 · 412.0 公里 · 路途 30.0 小时 · 剩余 4 秒')).toBeTruthy();
  });
});
