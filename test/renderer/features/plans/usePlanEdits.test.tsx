// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanUpdate, PlanView } from '../../../../shared/api/contract';
import { createApiClient } from '../../../../shared/api/client';
import type { Transport } from '../../../../shared/api/transport';
import { diffPlans } from '../../../../shared/logic/plan-changes';
import { ApiProvider } from '../../../../renderer/api/ApiProvider';
import { usePlanEdits } from '../../../../renderer/features/plans/usePlanEdits';
import type { PlanViewHandle } from '../../../../renderer/features/plans/usePlanView';
import { samplePlan, sampleRoute } from '../../sample-data';

afterEach(() => vi.useRealTimers());

/** A back end whose edit answers after `delayMs`, moving nothing but the plan id. */
function setUp(delayMs: number) {
  const base: PlanView = { plan: samplePlan([sampleRoute('OF1', [['V-1', 9 * 3600]])]), canUndo: false, canRedo: false };
  const next = { ...base.plan, id: 'P-next' as never, parentId: base.plan.id };
  const update: PlanUpdate = { changes: diffPlans(base.plan, next), canUndo: true, canRedo: false, visitStatuses: [] };
  const sent: string[] = [];
  const transport: Transport = {
    invoke: (method) => {
      sent.push(method);
      return new Promise((resolve) => setTimeout(() => resolve({ ok: true, value: update }), delayMs));
    },
    subscribe: () => () => undefined,
  };
  const client = createApiClient(transport);
  const planView: PlanViewHandle = { view: base, isLoading: false, error: null, refetch: async () => undefined, apply: vi.fn() };
  const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider client={client}>{children}</ApiProvider>;
  const { result } = renderHook(() => usePlanEdits(base.plan.date, planView, () => undefined), { wrapper });
  return { result, sent, planView };
}

describe('usePlanEdits', () => {
  it('sends an edit at once, and a quick answer never shows the board busy', async () => {
    const { result, sent, planView } = setUp(20);
    const busy: boolean[] = [];
    let done: Promise<boolean> = Promise.resolve(false);
    act(() => {
      done = result.current.edit({ type: 'unassign', visitId: 'V-1' });
    });
    // Within the event that asked: before React draws anything, the request has left.
    expect(sent).toEqual(['plans.edit']);
    busy.push(result.current.isBusy);
    expect(await act(() => done)).toBe(true);
    busy.push(result.current.isBusy);
    expect(busy).toEqual([false, false]);
    expect(planView.apply).toHaveBeenCalledWith(expect.objectContaining({ plan: expect.objectContaining({ id: 'P-next' }) }));
  });

  it('shows the board busy while a slow answer is on its way', async () => {
    const { result } = setUp(400);
    let done: Promise<boolean> = Promise.resolve(false);
    act(() => {
      done = result.current.edit({ type: 'unassign', visitId: 'V-1' });
    });
    await waitFor(() => expect(result.current.isBusy).toBe(true));
    expect(await act(() => done)).toBe(true);
    expect(result.current.isBusy).toBe(false);
  });
});
