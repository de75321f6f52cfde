// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { VisitSummary } from '../../../../shared/api/contract';
import type { VisitId } from '../../../../shared/domain';
import { VisitDetail } from '../../../../renderer/features/visits/detail/VisitDetail';
import { makeVisit } from '../../../backend/db/builders';
import { renderWithProviders } from '../../render';

afterEach(cleanup);

const visit: VisitSummary = (() => {
  const { customerName: _name, phone: _phone, ...rest } = makeVisit('V-1', { status: 'done' });
  return { ...rest, displayName: '测*户', phoneMasked: '+86 100 **** 0000' };
})();

describe('VisitDetail with an outcome', () => {
  it('shows what came of the visit in the screen’s language: result, times, promise, remarks', () => {
    const outcome = {
      visitId: 'V-1' as VisitId,
      outcome: 'done' as const,
      result: 'promise_to_pay' as const,
      arrivedSec: 9 * 3600 + 300,
      leftSec: 9 * 3600 + 2400,
      promiseAmount: 800,
      promiseDate: '2026-11-30',
      remarks: 'Will pay at month end',
    };
    renderWithProviders(
      <VisitDetail visit={visit} hasPlan={false} place={null} violations={[]} unassigned={null} history={[]} outcome={outcome} />,
      {
        language: 'en',
      },
    );
    const row = document.querySelector('[data-field="outcome"] dd')!;
    expect(row.textContent).toBe('done · promise to pay · 09:05–09:40 · promised 800 by 2026-11-30 · Will pay at month end');
    cleanup();
    renderWithProviders(
      <VisitDetail visit={visit} hasPlan={false} place={null} violations={[]} unassigned={null} history={[]} outcome={outcome} />,
      {
        language: 'zh',
      },
    );
    expect(screen.getByText('走访结果')).toBeTruthy();
    expect(document.querySelector('[data-field="outcome"] dd')!.textContent).toContain('承诺还款');
  });
});
