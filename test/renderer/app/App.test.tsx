// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { MapModel } from '../../../renderer/features/map/map-model';
import { App } from '../../../renderer/app/App';
import { diffPlans } from '../../../shared/logic/plan-changes';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';
import { fakeTransport } from '../fake-transport';
import { renderWithProviders } from '../render';
import { stubDialog } from '../features/import/import-test-kit';

// Leaflet's canvas needs a real browser (the e2e test covers it); here the map shows what it was given.
vi.mock('../../../renderer/features/map/PlanMap', () => ({
  PlanMap: ({ model }: { model: MapModel }) => (
    <div data-testid="map" data-visit-count={model.visits.length} data-route-count={model.routes.length} />
  ),
}));

let workspace: TestWorkspace;
let handlers: Handlers;
const clicked: string[] = [];

beforeEach(() => {
  stubDialog();
  workspace = openTestWorkspace();
  ({ handlers } = workspace);
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  return () => {
    cleanup();
    clicked.length = 0;
    vi.restoreAllMocks();
    expect(workspace.unexpected).toEqual([]);
    workspace.close();
  };
});
afterEach(() => localStorage.clear());

const visitRows = () => [...document.querySelectorAll<HTMLElement>('tr[data-visit-id]')];

function start(language: 'en' | 'zh' = 'en') {
  const transport = fakeTransport(handlers, workspace.events);
  renderWithProviders(<App />, { transport, language });
  return transport;
}

describe('App', () => {
  it('offers the demo day when empty, then shows visits, counts, routes and the map', async () => {
    start();
    const button = await screen.findByRole('button', { name: 'Load demo day' });
    fireEvent.click(button);
    // The demo day a newcomer gets: 220 visits for 25 officers, planned at once.
    await waitFor(() => expect(screen.getByTestId('map').dataset.visitCount).toBe('220'), { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: 'Load demo day' })).toBeNull();
    const counts = screen.getByLabelText('Counts for the selected day');
    expect(within(counts).getByText('Visits').nextSibling!.textContent).toBe('220');
    expect(within(counts).getByText('Officers').nextSibling!.textContent).toBe('25');
    expect((screen.getByLabelText('Day') as HTMLSelectElement).value).toBe(TEST_DAY);
    expect(screen.getByRole('grid', { name: 'Visits' }).getAttribute('aria-rowcount')).toBe('221');
    await waitFor(() => expect(Number(screen.getByTestId('map').dataset.routeCount)).toBeGreaterThan(0));
  });

  it('plans the day: routes on the map, officers in the table, reasons for unassigned visits', async () => {
    await importDemoDay(handlers, { visits: 60, officers: 5 });
    start();
    const plan = await screen.findByRole('button', { name: 'Plan day' });
    await waitFor(() => expect(screen.getByTestId('map').dataset.visitCount).toBe('60'));
    expect(screen.getByTestId('map').dataset.routeCount).toBe('0');
    const reads = (['workspace.status', 'visits.list', 'officers.list', 'plans.current'] as const).map((name) => vi.spyOn(handlers, name));
    fireEvent.click(plan);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Plan ready/), { timeout: 10_000 });
    // The answer carries the plan and the visits' new statuses: nothing is read again.
    expect(reads.map((read) => read.mock.calls.length)).toEqual([0, 0, 0, 0]);
    // The map follows a frame after the timeline.
    await waitFor(() => expect(Number(screen.getByTestId('map').dataset.routeCount)).toBeGreaterThan(0));
    const counts = screen.getByLabelText('Counts for the selected day');
    const { plan: made } = (await handlers['plans.current']({ date: TEST_DAY }))!;
    expect(within(counts).getByText('Planned').nextSibling!.textContent).toBe(String(made.stats.assignedCount));
    expect(within(counts).getByText('Unassigned').nextSibling!.textContent).toBe(String(made.stats.unassignedCount));
    expect(screen.getByRole('status').textContent).toMatch(new RegExp(`^Plan ready: ${made.stats.assignedCount} of 60 visits assigned`));
    // Unassigned visits are listed with the planner's own reason (jsdom draws the first rows only).
    expect(made.unassigned.length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: `Unassigned visits (${made.unassigned.length})` })).toBeTruthy();
    expect(screen.getAllByText(made.unassigned[0].message.en).length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByRole('grid', { name: 'Visits' }).textContent).toContain('Planned'));
    expect(document.querySelectorAll('.timeline-row').length).toBe(5);
  });

  it('asks before a stopped solve that did not catch up replaces the plan, and Redo-uses it on request', async () => {
    await importDemoDay(handlers, { visits: 12, officers: 2 });
    const kept = (await handlers['plans.solve']({ date: TEST_DAY, seconds: 0, seed: 1 })).changes;
    start();
    await screen.findByRole('button', { name: 'Plan day' });
    await waitFor(() => expect(screen.getByTestId('map').dataset.routeCount).not.toBe('0'));
    // As the back end answers a stopped solve whose plan places fewer visits: it is stored one Redo away, the day keeps its plan.
    vi.spyOn(handlers, 'plans.solve').mockImplementation(async ({ date }) => {
      const solved = await handlers['plans.reoptimise']({ date, seconds: 0, seed: 2 });
      const back = await handlers['plans.undo']({ date });
      const worse = { ...solved.plan.stats, assignedCount: solved.plan.stats.assignedCount - 1 };
      return { changes: diffPlans(back.plan, back.plan), canUndo: back.canUndo, canRedo: true, visitStatuses: [], heldBack: worse };
    });
    fireEvent.click(screen.getByRole('button', { name: 'Plan day' }));
    const dialog = await screen.findByRole('dialog', { name: 'Keep the current plan?' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(new RegExp(`^Current plan: ${kept.stats.assignedCount} of 12 visits placed`)),
      expect.stringMatching(new RegExp(`^Stopped plan: ${kept.stats.assignedCount - 1} of 12 visits placed`)),
    ]);
    const redo = vi.spyOn(handlers, 'plans.redo');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Use the stopped plan' }));
    await waitFor(() => expect(redo).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('filters the table by text', async () => {
    await importDemoDay(handlers, { visits: 12, officers: 2 });
    start();
    await waitFor(() => expect(visitRows()).toHaveLength(12));
    fireEvent.change(screen.getByLabelText('Filter visits'), { target: { value: 'V-20261123-00003' } });
    expect(visitRows().map((r) => r.dataset.visitId)).toEqual(['V-20261123-00003']);
    fireEvent.change(screen.getByLabelText('Filter visits'), { target: { value: 'nothing-like-this' } });
    expect(screen.getByText('No visits match the filter.')).toBeTruthy();
  });

  it('switches language with Alt+L and plans with Alt+P, exports with Alt+E', async () => {
    await importDemoDay(handlers, { visits: 10, officers: 2 });
    start();
    await screen.findByRole('button', { name: 'Plan day' });
    await waitFor(() => expect(visitRows()).toHaveLength(10));
    act(() => void fireEvent.keyDown(window, { key: 'l', code: 'KeyL', altKey: true }));
    expect(screen.getByRole('button', { name: '规划当天' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '外勤调度' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'π', code: 'KeyP', altKey: true });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^规划完成/), { timeout: 10_000 });
    fireEvent.keyDown(window, { key: 'e', code: 'KeyE', altKey: true });
    // The export dialog opens on the day's bundle for the officers; a CSV per officer is one choice away.
    const dialog = await screen.findByRole('dialog', { name: `导出 ${TEST_DAY} 的行程` });
    expect(within(dialog).getByLabelText<HTMLSelectElement>('文件').value).toBe('bundle');
    fireEvent.change(within(dialog).getByLabelText('文件'), { target: { value: 'csv' } });
    fireEvent.submit(dialog.querySelector('form')!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^文件已下载；\d+ 个走访已派发。$/));
    // One itinerary per officer with visits, in the language on screen.
    const { files } = await handlers['exports.day']({ date: TEST_DAY, format: 'csv', profile: 'officer', language: 'zh' });
    expect(files.length).toBeGreaterThan(0);
    expect(clicked).toEqual(files.map((f) => f.name));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows API errors in the current language and lets the user dismiss them', async () => {
    await importDemoDay(handlers, { visits: 3, officers: 1 });
    vi.spyOn(handlers, 'plans.solve').mockRejectedValue(
      new AppError('conflict', {
        en: 'Another plan is being made for this day.',
        zh: '这一天正在生成另一个方案。',
      }),
    );
    start('zh');
    const plan = await screen.findByRole<HTMLButtonElement>('button', { name: '规划当天' });
    await waitFor(() => expect(plan.disabled).toBe(false));
    fireEvent.click(plan);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('这一天正在生成另一个方案。');
    fireEvent.click(within(alert).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a generic sentence for errors that are not AppErrors', async () => {
    vi.spyOn(handlers, 'workspace.status').mockRejectedValue(new Error('disk on fire'));
    start('en');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong inside the app. Please try again.');
    expect(alert.textContent).not.toContain('disk on fire');
  });
});
