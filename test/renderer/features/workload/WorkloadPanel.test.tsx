// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficerId } from '../../../../shared/domain';
import { indexPlan } from '../../../../renderer/features/plans/plan-index';
import { WorkloadPanel } from '../../../../renderer/features/workload/WorkloadPanel';
import { summarise, workloadRows } from '../../../../renderer/features/workload/workload-model';
import { renderWithProviders } from '../../render';
import { sampleOfficer, samplePlan, sampleRoute } from '../../sample-data';

afterEach(cleanup);

const H = 3600;
// Shifts 09:00–18:00 (9 h), capped at 8 h of work for OF2.
const officers = [
  sampleOfficer({ id: OfficerId.parse('OF1'), name: '李伟', team: 'East' }),
  sampleOfficer({ id: OfficerId.parse('OF2'), name: '王芳', team: 'West', maxWorkingSec: 8 * H }),
  sampleOfficer({ id: OfficerId.parse('OF3'), name: '张敏', team: 'East' }),
  sampleOfficer({ id: OfficerId.parse('OF4'), name: '赵静', isActive: false }),
];
const plan = samplePlan([
  sampleRoute('OF1', [['A', 540]], { workingSec: 4.5 * H, travelSec: 1800, distanceM: 12_300 }),
  sampleRoute(
    'OF2',
    [
      ['B', 540],
      ['C', 700],
      ['D', 900],
    ],
    { workingSec: 10 * H, travelSec: 2 * H, distanceM: 40_000 },
  ),
]);

describe('workload figures', () => {
  const rows = workloadRows(officers, indexPlan(plan).routeOf, (i) => `c${i}`);

  it('gives each officer on shift visits, hours, travel, distance and utilisation of the time they have', () => {
    expect(rows.map((r) => [r.officerId, r.visits, r.utilisation])).toEqual([
      ['OF1', 1, 0.5],
      ['OF2', 3, 1.25],
      ['OF3', 0, 0],
    ]);
    expect(rows[1]).toMatchObject({ availableSec: 8 * H, travelSec: 2 * H, distanceM: 40_000, color: 'c1' });
  });

  it('summarises the spread', () => {
    const summary = summarise(rows);
    expect(summary).toMatchObject({ officers: 3, used: 2, minUtilisation: 0, maxUtilisation: 1.25 });
    expect(summary.meanUtilisation).toBeCloseTo(0.5833, 3);
    expect(summary.spread).toBeCloseTo(0.5137, 3);
  });

  it('keeps the row of an unchanged route between plan versions', () => {
    const again = workloadRows(officers, indexPlan(plan).routeOf, (i) => `c${i}`);
    expect(again[0]).toBe(rows[0]);
  });
});

describe('WorkloadPanel', () => {
  it('lists every officer and draws the spread, overloads in red', () => {
    renderWithProviders(<WorkloadPanel officers={officers} index={indexPlan(plan)} />, { language: 'en' });
    expect(screen.getByText('2 of 3 officers have visits. Utilisation from 0% to 125%, average 58% (spread ±51 points).')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Workload per officer' });
    const row = within(table).getByRole('row', { name: /王芳/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['West', '3', '10.0', '2.0', '40.0', '125%']);
    expect(row.className).toBe('is-over');
    const chart = screen.getByRole('img', { name: 'Utilisation of 3 officers, most to least loaded: from 125% down to 0%, average 58%.' });
    const bars = chart.querySelectorAll('rect');
    expect(bars).toHaveLength(3);
    expect(bars[0].getAttribute('class')).toBe('chart-bar is-over');
    expect(bars[0].textContent).toBe('王芳: 125%');
    expect(Number(bars[1].getAttribute('height'))).toBeGreaterThan(Number(bars[2].getAttribute('height')));
  });

  it('speaks Chinese', () => {
    renderWithProviders(<WorkloadPanel officers={officers} index={indexPlan(plan)} />, { language: 'zh' });
    expect(screen.getByRole('columnheader', { name: '利用率' })).toBeTruthy();
    expect(screen.getByText('负荷最高')).toBeTruthy();
  });
});
