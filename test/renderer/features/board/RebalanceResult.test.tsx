// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RebalanceResult } from '../../../../renderer/features/board/RebalanceResult';
import { renderWithProviders } from '../../render';
import { stubDialog } from '../import/import-test-kit';

beforeEach(() => stubDialog());
afterEach(cleanup);

describe('RebalanceResult', () => {
  it('shows each officer’s hours before and after, the spread, and the visits moved, in either language', () => {
    const workloads = [
      { officerId: 'OF-1', beforeSec: 8 * 3600, afterSec: 6 * 3600 },
      { officerId: 'OF-2', beforeSec: 2 * 3600, afterSec: 5.5 * 3600 },
    ];
    renderWithProviders(
      <RebalanceResult workloads={workloads} moved={3} officerNames={new Map([['OF-1', '测试员甲']])} onClose={() => undefined} />,
      { language: 'en' },
    );
    expect(screen.getByText('Working time spread 6.0 h → 0.5 h; 3 visits changed officer. Undo takes it back.')).toBeTruthy();
    const rows = within(screen.getByRole('table'))
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual(['OfficerHours beforeHours after', '测试员甲8.06.0', 'OF-22.05.5']);
    cleanup();
    renderWithProviders(<RebalanceResult workloads={workloads} moved={3} officerNames={new Map()} onClose={() => undefined} />, {
      language: 'zh',
    });
    expect(screen.getByText('工时差距 6.0 小时 → 0.5 小时；3 个走访更换了外访员。可用撤销恢复。')).toBeTruthy();
  });
});
