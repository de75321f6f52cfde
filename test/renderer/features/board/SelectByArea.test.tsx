// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../../shared/api/contract';
import type { EventHub } from '../../../../electron/backend/events';
import type { PlanMapProps } from '../../../../renderer/features/map/PlanMap';
import { App } from '../../../../renderer/app/App';
import { allowVisitsAllDay, importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../../support/test-workspace';
import { stubDialog } from '../import/import-test-kit';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

// The visits the test "draws" a box around: Leaflet's canvas needs a real browser (the e2e test
// drags over the real map), so here the map is a button that draws a box around these visits,
// selecting through the map's own area logic.
const drawing = vi.hoisted(() => ({ around: [] as string[], additive: false }));

vi.mock('../../../../renderer/features/map/PlanMap', async () => {
  const { useSelection, useSelectionStore } = await import('../../../../renderer/state/SelectionProvider');
  const { pickArea, visitIdsIn } = await import('../../../../renderer/features/map/area-pick');
  return {
    PlanMap: ({ model, areaMode, onAreaSelected }: PlanMapProps) => {
      const store = useSelectionStore();
      const selection = useSelection();
      const draw = () => {
        const points = model.visits.filter((v) => drawing.around.includes(v.id)).map((v) => ({ lat: v.position[0], lng: v.position[1] }));
        const corner = (pick: (...n: number[]) => number) => ({
          lat: pick(...points.map((p) => p.lat)),
          lng: pick(...points.map((p) => p.lng)),
        });
        const ids = visitIdsIn(model.visits, { kind: 'box', corners: [corner(Math.min), corner(Math.max)] });
        store.update((s) => pickArea(s, ids, drawing.additive));
        onAreaSelected?.(store.get().ids.size);
      };
      return (
        <div data-testid="map" data-area-mode={String(areaMode)} data-selected={[...selection.ids].sort().join(' ')}>
          {areaMode && (
            <button type="button" onClick={draw}>
              draw
            </button>
          )}
        </div>
      );
    },
  };
});

let workspace: TestWorkspace;
let events: EventHub;
let handlers: Handlers;

beforeEach(async () => {
  stubDialog();
  workspace = openTestWorkspace();
  ({ events, handlers } = workspace);
  await importDemoDay(handlers, { visits: 24, officers: 3 });
  await handlers['plans.solve']({ date: TEST_DAY, seconds: 0.5, seed: 1 });
  await allowVisitsAllDay(handlers);
  drawing.additive = false;
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
}
const row = (officerId: string) => document.querySelector<HTMLElement>(`.timeline-row[data-officer-id="${officerId}"]`)!;
const visitsOf = (officerId: string) =>
  (row(officerId).dataset.stops ?? '')
    .split(' ')
    .filter(Boolean)
    .map((s) => s.split('@')[0]);
const press = (code: string, modifiers: Partial<KeyboardEventInit> = {}) =>
  act(() => void fireEvent.keyDown(window, { code, key: code.replace('Key', '').toLowerCase(), ...modifiers }));
const toolbar = () => screen.getByRole('toolbar', { name: 'Plan editing' });
const areaButton = () => within(toolbar()).getByRole('button', { name: 'Select area' });
const map = () => screen.getByTestId('map');
const selected = () => (map().dataset.selected ?? '').split(' ').filter(Boolean);
const status = () => screen.getByRole('status').textContent;

describe('selecting visits by area on the map, and editing the selection at once', () => {
  it('turns area mode on with A or the toolbar, announces the visits an area selects, and Esc leaves the mode first', async () => {
    await start();
    press('KeyA');
    expect(areaButton().getAttribute('aria-pressed')).toBe('true');
    expect(map().dataset.areaMode).toBe('true');
    expect(status()).toBe('Area selection: drag on the map to draw around visits.');

    drawing.around = [visitsOf('OF-001')[0], visitsOf('OF-002')[0]];
    fireEvent.click(screen.getByRole('button', { name: 'draw' }));
    expect(selected()).toEqual(expect.arrayContaining(drawing.around));
    expect(status()).toBe(`${selected().length} visits selected on the map.`);

    // Ctrl adds what the next area takes to the selection.
    const before = selected();
    drawing.around = [visitsOf('OF-003')[0]];
    drawing.additive = true;
    fireEvent.click(screen.getByRole('button', { name: 'draw' }));
    expect(selected()).toEqual(expect.arrayContaining([...before, ...drawing.around]));

    press('Escape');
    expect(areaButton().getAttribute('aria-pressed')).toBe('false');
    expect(status()).toBe('Area selection off.');
    expect(selected().length).toBeGreaterThan(0);
    press('Escape');
    expect(selected()).toEqual([]);
    fireEvent.click(areaButton());
    expect(map().dataset.areaMode).toBe('true');
  });

  it('moves the selection to one officer as one edit, and one Undo puts every visit back', async () => {
    const edit = vi.spyOn(handlers, 'plans.edit');
    await start();
    const before = ['OF-001', 'OF-002', 'OF-003'].map((id) => row(id).dataset.stops);
    fireEvent.click(areaButton());
    drawing.around = [...visitsOf('OF-001').slice(0, 2), visitsOf('OF-002')[0]];
    fireEvent.click(screen.getByRole('button', { name: 'draw' }));
    const moving = selected();
    const toOther = moving.filter((id) => !visitsOf('OF-003').includes(id));
    expect(toOther.length).toBeGreaterThanOrEqual(3);

    press('KeyM');
    const dialog = await screen.findByRole('dialog', { name: `Move ${moving.length} visits to an officer` });
    fireEvent.change(within(dialog).getByLabelText('Officer'), { target: { value: 'OF-003' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(visitsOf('OF-003')).toEqual(expect.arrayContaining(moving)));
    expect(edit).toHaveBeenCalledOnce();
    expect(edit.mock.calls[0][0].edit).toEqual({ type: 'moveMany', visitIds: moving, toOfficerId: 'OF-003' });
    expect(status()).toMatch(new RegExp(`^Moved ${moving.length} visits to .*; the routes are re-timed\\.$`));
    for (const id of ['OF-001', 'OF-002']) for (const visit of moving) expect(visitsOf(id)).not.toContain(visit);

    press('KeyZ', { ctrlKey: true });
    await waitFor(() => expect(['OF-001', 'OF-002', 'OF-003'].map((id) => row(id).dataset.stops)).toEqual(before));
  });

  it('pins and unassigns the whole selection, each as one edit', async () => {
    const edit = vi.spyOn(handlers, 'plans.edit');
    await start();
    fireEvent.click(areaButton());
    drawing.around = [visitsOf('OF-001')[0], visitsOf('OF-002')[0]];
    fireEvent.click(screen.getByRole('button', { name: 'draw' }));
    const picked = selected();

    press('KeyK');
    await waitFor(() => expect(within(toolbar()).getByRole('button', { name: /Unpin/ }).getAttribute('aria-pressed')).toBe('true'));
    expect(edit).toHaveBeenCalledOnce();
    expect(edit.mock.calls[0][0].edit).toEqual({ type: 'pinMany', visitIds: picked, pinned: true });

    press('KeyU');
    await waitFor(() => expect(status()).toBe(`Took ${picked.length} visits out of their routes.`));
    expect(edit).toHaveBeenCalledTimes(2);
    expect(edit.mock.calls[1][0].edit).toEqual({ type: 'unassignMany', visitIds: picked });
  });
});
