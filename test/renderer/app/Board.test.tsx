// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../shared/api/contract';
import type { EventHub } from '../../../electron/backend/events';
import type { MapModel } from '../../../renderer/features/map/map-model';
import { App } from '../../../renderer/app/App';
import { allowVisitsAllDay, importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';
import { stubDialog } from '../features/import/import-test-kit';
import { fakeTransport } from '../fake-transport';
import { renderWithProviders } from '../render';

// Leaflet's canvas needs a real browser (the e2e test covers it); here the map shows what it was given.
vi.mock('../../../renderer/features/map/PlanMap', () => ({
  PlanMap: ({ model }: { model: MapModel }) => (
    <div data-testid="map" data-violation-count={model.visits.filter((v) => v.hasViolation).length} />
  ),
}));

let workspace: TestWorkspace;
let events: EventHub;
let handlers: Handlers;
const DATE = TEST_DAY;

beforeEach(async () => {
  stubDialog();
  workspace = openTestWorkspace();
  ({ events, handlers } = workspace);
  await importDemoDay(handlers, { visits: 24, officers: 3 });
  await handlers['plans.solve']({ date: DATE, seconds: 0.5, seed: 1 });
  // Planned within 08:00-20:00; these tests are of the board's own flags, so a stop an edit pushes
  // into the evening is not a refused move.
  await allowVisitsAllDay(handlers);
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
  workspace.close();
});

async function start() {
  renderWithProviders(<App />, { transport: fakeTransport(handlers, events), language: 'en' });
  await waitFor(() => expect(document.querySelectorAll('.timeline-row')).toHaveLength(3));
  await waitFor(() => expect(document.querySelectorAll('.stop-block').length).toBeGreaterThan(0));
  await waitFor(() => expect(document.querySelectorAll('tr[data-visit-id]').length).toBeGreaterThan(0));
}
const row = (officerId: string) => document.querySelector<HTMLElement>(`.timeline-row[data-officer-id="${officerId}"]`)!;
const stopsOf = (officerId: string) => row(officerId).dataset.stops!;
const press = (code: string, modifiers: Partial<KeyboardEventInit> = {}) =>
  act(() => void fireEvent.keyDown(window, { code, key: code.replace('Key', '').toLowerCase(), ...modifiers }));
const toolbar = () => screen.getByRole('toolbar', { name: 'Plan editing' });

describe('editing the plan on the board', () => {
  it('moves a visit to another officer by keyboard, re-times both routes, and undoes and redoes it', async () => {
    await start();
    const [fromBefore, toBefore] = [stopsOf('OF-001'), stopsOf('OF-002')];
    const moving = fromBefore.split(' ')[0].split('@')[0];
    fireEvent.click(document.querySelector(`.stop-block[data-visit-id="${moving}"]`)!);
    press('KeyM');
    const dialog = await screen.findByRole('dialog', { name: new RegExp(`^Move .* \\(${moving}\\)$`) });
    fireEvent.change(within(dialog).getByLabelText('Officer'), { target: { value: 'OF-002' } });
    fireEvent.change(within(dialog).getByLabelText('Place in the route'), { target: { value: '0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move' }));

    await waitFor(() => expect(stopsOf('OF-002').startsWith(`${moving}@`)).toBe(true));
    expect(stopsOf('OF-001')).not.toContain(moving);
    expect(
      stopsOf('OF-001')
        .split(' ')
        .map((s) => s.split('@')[0]),
    ).toEqual(
      fromBefore
        .split(' ')
        .slice(1)
        .map((s) => s.split('@')[0]),
    );
    // Both routes were re-timed: the rest of OF-002's day starts later, OF-001's earlier or the same.
    expect(stopsOf('OF-002').split(' ').slice(1).join(' ')).not.toBe(toBefore);
    expect(screen.getByRole('status').textContent).toMatch(new RegExp(`^Moved ${moving} to .* as stop 1; both routes are re-timed\\.$`));
    expect(screen.queryByRole('dialog')).toBeNull();

    const undo = within(toolbar()).getByRole('button', { name: /Undo/ }) as HTMLButtonElement;
    await waitFor(() => expect(undo.disabled).toBe(false));
    press('KeyZ', { ctrlKey: true });
    await waitFor(() => expect(stopsOf('OF-001')).toBe(fromBefore));
    expect(stopsOf('OF-002')).toBe(toBefore);
    press('KeyY', { ctrlKey: true });
    await waitFor(() => expect(stopsOf('OF-002').startsWith(`${moving}@`)).toBe(true));
    press('KeyZ', { ctrlKey: true });
    await waitFor(() => expect(stopsOf('OF-001')).toBe(fromBefore));
    press('KeyZ', { ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(stopsOf('OF-001')).not.toContain(moving));
  });

  it('flags the broken rules of an edit on the timeline, in the table and in a list that stays in sight', async () => {
    await start();
    // The first visit of OF-001 moved to the end of OF-002's full day starts long after its window.
    const moving = stopsOf('OF-001').split(' ')[0].split('@')[0];
    fireEvent.click(document.querySelector(`.stop-block[data-visit-id="${moving}"]`)!);
    press('KeyM');
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Officer'), { target: { value: 'OF-002' } });
    const place = within(dialog).getByLabelText('Place in the route') as HTMLSelectElement;
    fireEvent.change(place, { target: { value: String(place.options.length - 1) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move' }));

    const list = await screen.findByRole('region', { name: /^The plan needs attention: \d+ problems?$/ });
    const broken = within(list).getAllByRole('listitem');
    expect(broken.length).toBeGreaterThan(0);
    expect(document.querySelector(`.stop-block[data-visit-id="${moving}"]`)!.className).toContain('is-violation');
    // The table and the map follow a frame after the timeline.
    await waitFor(() => expect(Number(screen.getByTestId('map').dataset.violationCount)).toBeGreaterThan(0));
    await waitFor(() => expect(document.querySelector(`tr[data-visit-id="${moving}"]`)!.className).toContain('has-violation'));
  });

  it('hands an officer’s remaining visits to the others from a time, in one Undo', async () => {
    await start();
    const before = stopsOf('OF-001');
    const visit = before.split(' ')[0].split('@')[0];
    fireEvent.click(document.querySelector(`.stop-block[data-visit-id="${visit}"]`)!);
    fireEvent.click(within(toolbar()).getByRole('button', { name: 'Unavailable from…' }));
    const dialog = await screen.findByRole('dialog', { name: /is unavailable from$/ });
    fireEvent.change(within(dialog).getByLabelText('Unavailable from'), { target: { value: '00:00' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hand the visits over' }));
    // The hand-over searches for a second: allow for a loaded machine.
    await waitFor(
      () => expect(screen.getByRole('status').textContent).toMatch(/^Handed \d+ visits? of .+ over to the others; \d+ found an officer\.$/),
      { timeout: 15_000 },
    );
    expect(stopsOf('OF-001')).toBe('');
    press('KeyZ', { ctrlKey: true });
    await waitFor(() => expect(stopsOf('OF-001')).toBe(before));
  });

  it('pins with K, locks the route order with O, and re-optimises the rest keeping the locked route', async () => {
    const reoptimise = vi.spyOn(handlers, 'plans.reoptimise');
    await start();
    const locked = stopsOf('OF-003');
    const visit = locked.split(' ')[0].split('@')[0];
    fireEvent.click(document.querySelector(`.stop-block[data-visit-id="${visit}"]`)!);
    press('KeyK');
    await waitFor(() => expect(within(toolbar()).getByRole('button', { name: /Unpin/ }).getAttribute('aria-pressed')).toBe('true'));
    expect(document.querySelector(`.stop-block[data-visit-id="${visit}"]`)!.getAttribute('aria-label')).toContain(
      'Pinned to this officer.',
    );
    press('KeyO');
    const lock = () => within(row('OF-003')).getByRole('button', { name: /Lock the order/ });
    await waitFor(() => expect(lock().getAttribute('aria-pressed')).toBe('true'));

    fireEvent.click(within(toolbar()).getByRole('button', { name: 'Re-optimise the rest' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Re-optimised the day; pinned visits and locked routes were kept.'),
    );
    expect(reoptimise).toHaveBeenCalledWith(expect.objectContaining({ date: DATE }));
    expect(stopsOf('OF-003')).toBe(locked);
    expect(lock().getAttribute('aria-pressed')).toBe('true');
  });

  it('approves or cancels the selected visits', async () => {
    const setStatus = vi.spyOn(handlers, 'visits.setStatus');
    await start();
    const rows = () => [...document.querySelectorAll<HTMLElement>('tr[data-visit-id]')];
    fireEvent.click(rows()[0]);
    fireEvent.click(rows()[2], { ctrlKey: true });
    const ids = [rows()[0].dataset.visitId, rows()[2].dataset.visitId];
    expect(screen.getByText('2 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel visits' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Cancelled 2 visits and took them out of the plan. Undo (Ctrl+Z) brings them back.',
      ),
    );
    expect(setStatus).toHaveBeenCalledWith({ ids, status: 'cancelled' });
    const rowOf = (id: string | undefined) => document.querySelector<HTMLElement>(`tr[data-visit-id="${id}"]`)!;
    await waitFor(() => expect(within(rowOf(ids[0])).getByText('Cancelled')).toBeTruthy());
    // The cancel was a plan version: Undo brings the visits back with the plan.
    press('KeyZ', { ctrlKey: true });
    await waitFor(() => expect(within(rowOf(ids[0])).queryByText('Cancelled')).toBeNull());
    press('KeyY', { ctrlKey: true });
    await waitFor(() => expect(within(rowOf(ids[0])).getByText('Cancelled')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Approved 2 visits.'));
  });

  it('shows a running solve with its progress and stops it with Cancel', async () => {
    let finish: () => void = () => undefined;
    const solve = handlers['plans.solve'];
    vi.spyOn(handlers, 'plans.solve').mockImplementation(async (input) => {
      events.emit('plans.progress', { date: DATE, fraction: 0.25, assigned: 10, bestCost: 5000, remainingMs: 9000, elapsedMs: 3000 });
      events.emit('plans.progress', {
        date: DATE,
        fraction: 0.5,
        assigned: 18,
        officersUsed: 3,
        distanceM: 84_250,
        travelSec: 5 * 3600 + 30 * 60,
        bestCost: 4200,
        remainingMs: 6000,
        elapsedMs: 6000,
      });
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      return solve(input);
    });
    const cancel = vi.spyOn(handlers, 'plans.cancel').mockImplementation(() => {
      finish();
      return { cancelled: true };
    });
    await start();
    fireEvent.click(screen.getByRole('button', { name: 'Plan day' }));
    const bar = await screen.findByRole('progressbar', { name: 'Planning the day: 50% done' });
    expect((bar as HTMLProgressElement).value).toBe(0.5);
    // The dispatcher's terms, never the planner's raw cost.
    expect(screen.getByText('18 visits placed · 3 officers · 84.3 km · 5.5 h travel · ↓ improving · 6 s left')).toBeTruthy();
    expect(document.querySelector('.plan-progress')!.textContent).not.toMatch(/4,?200|cost/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledWith({ date: DATE });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Plan ready/));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('lists every shortcut in the footer and switches to the workload view', async () => {
    await start();
    const footer = screen.getByRole('contentinfo');
    for (const key of ['Ctrl+Z', 'M', 'K', 'O', 'Alt+R']) expect(within(footer).getByText(key)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Workload' }));
    expect(screen.getByRole('tab', { name: 'Workload' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('img', { name: /^Utilisation of 3 officers/ })).toBeTruthy();
    expect(document.querySelector('.timeline')).toBeNull();
  });
});
