// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../shared/api/contract';
import { createEventHub } from '../../../electron/backend/events';
import { openDatabase } from '../../../electron/backend/db/open';
import { createHandlers } from '../../../electron/backend/handlers';
import type { MapModel } from '../../../renderer/features/map/map-model';
import { App } from '../../../renderer/app/App';
import { fakeTransport } from '../fake-transport';
import { renderWithProviders } from '../render';
import { stubDialog } from '../features/import/import-test-kit';

// Leaflet needs a real browser (the e2e tests cover it); here the map shows what it was given.
vi.mock('../../../renderer/features/map/PlanMap', () => ({
  PlanMap: ({ model }: { model: MapModel }) => <div data-testid="map" data-visit-count={model.visits.length} />,
}));

// The real back end over an in-memory workspace, on 24 November: days with visits before and after.
const TODAY = new Date(2026, 10, 24, 9, 30);
let db: Database;
let handlers: Handlers;
const saved: string[] = [];

beforeEach(async () => {
  stubDialog();
  db = openDatabase(':memory:');
  handlers = createHandlers(db, { events: createEventHub(), clock: () => TODAY, demoPlanSeconds: 0.2, logError: () => undefined });
  for (const date of ['2026-11-23', '2026-11-25', '2026-11-27']) await handlers['workspace.loadDemo']({ date, visits: 8, officers: 2 });
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  saved.length = 0;
  vi.restoreAllMocks();
  db.close();
  localStorage.clear();
});

function start() {
  const transport = fakeTransport(handlers);
  renderWithProviders(<App />, { transport, language: 'en' });
  return transport;
}

const dayPicker = () => screen.getByLabelText<HTMLSelectElement>('Day');

describe('the day on screen', () => {
  it('opens on the next day with visits when today has none', async () => {
    start();
    await waitFor(() => expect(dayPicker().value).toBe('2026-11-25'));
    await waitFor(() => expect(screen.getByTestId('map').dataset.visitCount).toBe('8'));
  });

  it('exports the day on screen in the language on screen when the menu asks', async () => {
    const transport = start();
    await waitFor(() => expect(dayPicker().value).toBe('2026-11-25'));
    fireEvent.change(dayPicker(), { target: { value: '2026-11-27' } });
    // Both days have 8 visits: wait for the 27th's own rows, then for the switch to Chinese.
    await waitFor(() => expect(document.querySelector<HTMLElement>('tr[data-visit-id]')?.dataset.visitId).toContain('20261127'), {
      timeout: 10_000,
    });
    act(() => void fireEvent.keyDown(window, { key: 'l', code: 'KeyL', altKey: true }));
    await screen.findByRole('button', { name: '规划当天' });
    const exportDay = vi.spyOn(handlers, 'exports.day');
    act(() => transport.events.emit('menu.command', { command: 'exportDay' }));
    const dialog = await screen.findByRole('dialog', { name: '导出 2026-11-27 的行程' });
    fireEvent.change(within(dialog).getByLabelText('文件'), { target: { value: 'csv' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '导出' }));
    await waitFor(() => expect(saved.length).toBeGreaterThan(0));
    expect(exportDay).toHaveBeenCalledWith({ date: '2026-11-27', format: 'csv', profile: 'officer', language: 'zh' });
    expect(saved.every((name) => name.includes('2026-11-27'))).toBe(true);
    const { files } = await exportDay.mock.results[0].value;
    expect(files[0].content).toContain('序号');
  });

  it('opens the import dialog on the kind the menu names', async () => {
    const transport = start();
    await waitFor(() => expect(dayPicker().value).toBe('2026-11-25'));
    act(() => transport.events.emit('menu.command', { command: 'importOfficers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import a file' });
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Officers' }).checked).toBe(true);
  });
});
