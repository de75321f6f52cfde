// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/app/App';
import type { MapModel } from '../../../renderer/features/map/map-model';
import { addDays } from '../../../shared/domain';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../support/test-workspace';
import { fakeTransport } from '../fake-transport';
import { renderWithProviders } from '../render';
import { stubDialog } from '../features/import/import-test-kit';

// Leaflet's canvas needs a real browser; here the map shows what it was given.
vi.mock('../../../renderer/features/map/PlanMap', () => ({
  PlanMap: ({ model }: { model: MapModel }) => <div data-testid="map" data-visit-count={model.visits.length} />,
}));

let ws: TestWorkspace;
beforeEach(async () => {
  stubDialog();
  ws = openTestWorkspace();
  await importDemoDay(ws.handlers, { visits: 12, officers: 3 });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  expect(ws.unexpected).toEqual([]);
  ws.close();
  localStorage.clear();
});

describe('the week screen in the app', () => {
  it('opens with Alt+K on the board’s day, and a day opened there shows on the board with the day’s roster', async () => {
    const officers = await ws.handlers['officers.list']({});
    await ws.handlers['officers.setDay']({ officerId: officers[0].id, date: TEST_DAY, cells: { available: 'no' } });
    renderWithProviders(<App />, { transport: fakeTransport(ws.handlers, ws.events) });
    const counts = await screen.findByLabelText('Counts for the selected day');
    // The board counts the day's roster: one of three officers is on leave.
    await waitFor(() => expect(within(counts).getByText('Officers').nextSibling!.textContent).toBe('2'));
    act(() => void fireEvent.keyDown(window, { key: 'k', code: 'KeyK', altKey: true }));
    await screen.findByRole('heading', { name: `Week from ${TEST_DAY}` });
    expect(screen.getByRole('button', { name: 'Week' }).getAttribute('aria-current')).toBe('page');
    const next = addDays(TEST_DAY, 1);
    await waitFor(() => expect(document.querySelector(`.week-day[data-date="${next}"]`)).not.toBeNull());
    fireEvent.click(within(document.querySelector<HTMLElement>(`.week-day[data-date="${next}"]`)!).getByRole('button'));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /^Week from/ })).toBeNull());
    expect((screen.getByLabelText('Day') as HTMLSelectElement).value).toBe(next);
    await waitFor(() =>
      expect(within(screen.getByLabelText('Counts for the selected day')).getByText('Officers').nextSibling!.textContent).toBe('3'),
    );
  });
});
