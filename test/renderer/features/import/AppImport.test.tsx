// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../../shared/api/contract';
import type { MapModel } from '../../../../renderer/features/map/map-model';
import { App } from '../../../../renderer/app/App';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';
import { realBackend, stubDialog, visitLine, visitsFile } from './import-test-kit';

// Leaflet needs a real browser (the e2e test covers it); here the map shows what it was given.
vi.mock('../../../../renderer/features/map/PlanMap', () => ({
  PlanMap: ({ model }: { model: MapModel }) => <div data-testid="map" data-visit-count={model.visits.length} />,
}));

let db: Database;
let handlers: Handlers;

beforeAll(stubDialog);
beforeEach(() => ({ db, handlers } = realBackend()));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
  localStorage.clear();
});

const dayOptions = () =>
  within(screen.getByLabelText('Day'))
    .queryAllByRole('option')
    .map((o) => o.textContent);

describe('App import flow', () => {
  it('opens with Alt+I, closes with Escape and returns focus to the Import button', async () => {
    renderWithProviders(<App />, { transport: fakeTransport(handlers), language: 'en' });
    const button = await screen.findByRole('button', { name: 'Import…' });
    act(() => void fireEvent.keyDown(window, { key: 'i', code: 'KeyI', altKey: true }));
    const dialog = screen.getByRole('dialog', { name: 'Import a file' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    // Behind the dialog the other shortcuts rest: Alt+I does not open a second one.
    act(() => void fireEvent.keyDown(window, { key: 'i', code: 'KeyI', altKey: true }));
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('imports the valid rows of a file on a new date, and the board moves to that date and says so', async () => {
    await handlers['workspace.loadDemo']({ visits: 5, officers: 2, date: '2026-11-23' });
    renderWithProviders(<App />, { transport: fakeTransport(handlers), language: 'en' });
    await waitFor(() => expect(dayOptions()).toEqual(['2026-11-23']));
    fireEvent.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('File (CSV, XLSX or TXT)'), {
      target: { files: [visitsFile([visitLine(1), visitLine(2, { lat: 'north' })], 'new-day.csv')] },
    });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Import only the valid rows (1)' }));
    await waitFor(() => expect(dayOptions()).toEqual(['2026-11-23', '2027-01-15']));
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
        'Imported new-day.csv: stored 1 new, 0 updated. Showing 2027-01-15, the day you imported.',
      ),
    );
    // The board shows the imported day and its one visit, not the demo day it was on.
    expect((screen.getByLabelText('Day') as HTMLSelectElement).value).toBe('2027-01-15');
    await waitFor(() => expect(screen.getByTestId('map').getAttribute('data-visit-count')).toBe('1'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
