// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapModel } from '../../../../renderer/features/map/map-model';
import { App } from '../../../../renderer/app/App';
import { SupervisorScreen } from '../../../../renderer/features/supervisor/SupervisorScreen';
import type { Plan, Route } from '../../../../shared/domain';
import { reported } from '../../../support/outcomes';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

// Leaflet's canvas needs a real browser; the App test below only needs the header and shortcuts.
vi.mock('../../../../renderer/features/map/PlanMap', () => ({
  PlanMap: ({ model }: { model: MapModel }) => <div data-testid="map" data-visit-count={model.visits.length} />,
}));

// The supervisor's report (issue 19) against the real back end: a planned demo day, sent out, with two outcomes.
let ws: TestWorkspace;
let plan: Plan;
let routes: Route[];
const saved: string[] = [];

beforeEach(async () => {
  ws = openTestWorkspace();
  await importDemoDay(ws.handlers, { visits: 14, officers: 3 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.3, seed: 1 });
  plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
  routes = plan.routes.filter((r) => r.stops.length > 0);
  expect(routes.length).toBeGreaterThanOrEqual(2);
  const [first, second] = routes;
  // Sent to the field, then reported: the report measures against the plan as it went out.
  await ws.handlers['exports.day']({ date: TEST_DAY, format: 'csv', profile: 'officer', language: 'en' });
  await ws.handlers['visits.recordOutcomes']({
    outcomes: [
      // Reported 10 minutes longer on site than planned.
      reported(first.stops[0].visitId, {
        result: 'identity_verified',
        arrivedSec: first.stops[0].arrivalSec,
        leftSec: first.stops[0].endSec + 600,
      }),
      reported(second.stops[0].visitId, { outcome: 'failed', result: 'not_at_home' }),
    ],
  });
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  saved.length = 0;
  expect(ws.unexpected).toEqual([]);
  ws.close();
  localStorage.clear();
});

const start = (language: 'en' | 'zh' = 'en') =>
  renderWithProviders(<SupervisorScreen date={TEST_DAY} />, { transport: fakeTransport(ws.handlers, ws.events), language });
const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('SupervisorScreen', () => {
  it('charts the day’s visits, working time and results per officer, described by tables of the same figures', async () => {
    start();
    const planned = plan.stats.assignedCount;
    const visitsChart = await screen.findByRole(
      'img',
      {
        name: new RegExp(`^Bar chart of visits per officer: ${planned} planned, 1 done, 1 failed`),
      },
      { timeout: 5_000 },
    );
    const officersTable = screen.getByRole('table', { name: 'Figures per officer' });
    expect(visitsChart.getAttribute('aria-describedby')).toBe(officersTable.id);
    // One group of three bars (planned, done, failed) per officer with visits.
    expect(visitsChart.querySelectorAll('rect')).toHaveLength(routes.length * 3);
    const [firstTitle] = [...visitsChart.querySelectorAll('title')].map((t) => t.textContent);
    expect(firstTitle).toMatch(/, Planned: \d+$/);
    const timedMin = Math.round((routes[0].stops[0].endSec - routes[0].stops[0].arrivalSec) / 60);
    const timeChart = screen.getByRole('img', { name: /^Bar chart of working time per officer/ });
    expect(timeChart.getAttribute('aria-label')).toContain(
      `(${timedMin} min in all) and the actual time for them (${timedMin + 10} min in all)`,
    );
    expect(
      screen.getByRole('img', {
        name: 'Stacked bar chart of what came of the 2 reported visits, per officer and result; the table below gives the counts.',
      }),
    ).toBeTruthy();

    const headers = within(officersTable)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers.slice(0, 7)).toEqual(['Officer', 'Officer ID', 'Team', 'Planned', 'Done', 'Failed', 'Not reported']);
    const [first] = routes;
    const row = bodyRows(officersTable).find((cells) => cells[1] === first.officerId)!;
    const at = (header: string) => row[headers.indexOf(header)];
    expect(at('Planned')).toBe(String(first.stops.length));
    expect(at('Done')).toBe('1');
    expect(at('Done − planned')).toBe(String(1 - first.stops.length));
    expect(at('Planned working time (min)')).toBe(String(Math.round(first.workingSec / 60)));
    expect(at('Actual − planned (min)')).toBe('10');
    const totals = bodyRows(screen.getByRole('table', { name: 'Team totals' }));
    expect(totals.at(-1)!.slice(0, 1)).toEqual(['Total']);
    expect(totals.at(-1)![2]).toBe(String(planned));
    expect(screen.queryByText(/Not sent to the field yet/)).toBeNull();
  });

  it('shows the week of the day on screen, with its days, and exports the workbook', async () => {
    start();
    await screen.findByRole('table', { name: 'Figures per officer' }, { timeout: 5_000 });
    expect(screen.queryByRole('table', { name: 'Day totals' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Week 2026-11-23 to 2026-11-29' }));
    const days = await screen.findByRole('table', { name: 'Day totals' }, { timeout: 5_000 });
    expect(bodyRows(days).map((cells) => cells[0])).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      'Total',
    ]);
    expect(screen.getByText(/^No plan: 2026-11-24, /)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Export XLSX' }));
    // Writing a week's workbook can take a moment on a busy machine.
    await screen.findByText('Saved supervisor-report-2026-11-23_2026-11-29.xlsx.', {}, { timeout: 10_000 });
    expect(saved).toEqual(['supervisor-report-2026-11-23_2026-11-29.xlsx']);
    const exported = ws.db.prepare(`SELECT detail_json FROM audit_log WHERE action = 'export.supervisorReport'`).pluck().all() as string[];
    expect(exported.map((d) => JSON.parse(d).language)).toEqual(['en']);
  });

  it('speaks Chinese, the workbook too', async () => {
    start('zh');
    const table = await screen.findByRole('table', { name: '每位外访员的数字' }, { timeout: 5_000 });
    expect(within(table).getAllByRole('columnheader')[3].textContent).toBe('已安排');
    fireEvent.click(screen.getByRole('button', { name: '导出 XLSX' }));
    await screen.findByText('已保存 supervisor-report-2026-11-23.xlsx。', {}, { timeout: 10_000 });
    const exported = ws.db.prepare(`SELECT detail_json FROM audit_log WHERE action = 'export.supervisorReport'`).pluck().get() as string;
    expect(JSON.parse(exported).language).toBe('zh');
  });

  it('is reached with Alt+S from the board and left with it again', async () => {
    renderWithProviders(<App />, { transport: fakeTransport(ws.handlers, ws.events) });
    await screen.findByTestId('map', {}, { timeout: 10_000 });
    act(() => void fireEvent.keyDown(window, { key: 's', code: 'KeyS', altKey: true }));
    expect(await screen.findByRole('main', { name: 'Supervisor' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Supervisor' }).getAttribute('aria-current')).toBe('page');
    act(() => void fireEvent.keyDown(window, { key: 's', code: 'KeyS', altKey: true }));
    await waitFor(() => expect(screen.queryByRole('main', { name: 'Supervisor' })).toBeNull());
  });
});
