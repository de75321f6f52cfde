// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../../shared/api/contract';
import type { MapModel } from '../../../../renderer/features/map/map-model';
import { App } from '../../../../renderer/app/App';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';
import { stubDialog } from '../import/import-test-kit';

// jsdom swaps the global typed arrays, which pdfkit's font check then refuses; route sheets are
// rendered and read back in the Node and Chromium tests. Here a sheet is four bytes.
vi.mock('../../../../electron/backend/export/route-sheet-pdf', () => ({ routeSheetPdf: async () => new Uint8Array([37, 80, 68, 70]) }));
vi.mock('../../../../renderer/features/map/PlanMap', () => ({
  PlanMap: ({ model }: { model: MapModel }) => <div data-testid="map" data-route-count={model.routes.length} />,
}));

let workspace: TestWorkspace;
let handlers: Handlers;
const downloaded: string[] = [];

beforeEach(async () => {
  stubDialog();
  workspace = openTestWorkspace();
  ({ handlers } = workspace);
  await importDemoDay(handlers, { visits: 24, officers: 3 });
  await handlers['plans.solve']({ date: TEST_DAY, seconds: 0.3, seed: 1 });
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloaded.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  downloaded.length = 0;
  vi.restoreAllMocks();
  expect(workspace.unexpected).toEqual([]);
  workspace.close();
  localStorage.clear();
});

async function openDialog() {
  renderWithProviders(<App />, { transport: fakeTransport(handlers, workspace.events), language: 'en' });
  await waitFor(() => expect(Number(screen.getByTestId('map').dataset.routeCount)).toBeGreaterThan(0));
  fireEvent.click(screen.getByRole('button', { name: 'Export' }));
  return screen.findByRole('dialog', { name: `Export itineraries for ${TEST_DAY}` });
}

describe('the export dialog', () => {
  it('exports one officer’s supervisor copy without dispatching, then the officers’ bundle, then takes the visits back', async () => {
    const exportDay = vi.spyOn(handlers, 'exports.day');
    let dialog = await openDialog();
    const officers = within(dialog).getByLabelText<HTMLSelectElement>('Officers');
    const [, first] = [...officers.options];
    expect(first.textContent).toMatch(/^.+ \(OF-\d+\), \d+ visits$/);
    fireEvent.change(officers, { target: { value: first.value } });
    fireEvent.change(within(dialog).getByLabelText('Files'), { target: { value: 'pdf' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'A supervisor: every detail in full' }));
    // Supervisor copies leave the field alone: no dispatch note.
    expect(within(dialog).queryByText(/marked dispatched/)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(downloaded).toEqual([`route-sheet-${TEST_DAY}-${first.value}.pdf`]));
    expect(exportDay).toHaveBeenLastCalledWith({
      date: TEST_DAY,
      format: 'pdf',
      profile: 'supervisor',
      language: 'en',
      officerId: first.value,
    });
    expect(screen.getByRole('status').textContent).toBe('Downloaded 1 file.');

    dialog = await (async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export' }));
      return screen.findByRole('dialog', { name: `Export itineraries for ${TEST_DAY}` });
    })();
    fireEvent.change(within(dialog).getByLabelText('Officers'), { target: { value: '' } });
    fireEvent.change(within(dialog).getByLabelText('Files'), { target: { value: 'bundle' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'The officers: phone and customer ID masked' }));
    expect(within(dialog).getByText(/marked dispatched/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(downloaded.at(-1)).toBe(`itineraries-${TEST_DAY}.zip`));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Downloaded the files; \d+ visits are now dispatched\.$/));
    const routed = (await handlers['visits.list']({ date: TEST_DAY })).filter((v) => v.status === 'dispatched').length;
    expect(routed).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    dialog = await screen.findByRole('dialog', { name: `Export itineraries for ${TEST_DAY}` });
    expect(within(dialog).getByText(`${routed} visits of this day are dispatched.`)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Take back dispatched visits' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(`${routed} visits taken back from the field: they can be re-planned.`),
    );
    expect((await handlers['visits.list']({ date: TEST_DAY })).some((v) => v.status === 'dispatched')).toBe(false);
  });

  it('saves what officer copies may show as a workspace setting', async () => {
    const dialog = await openDialog();
    const phones = await within(dialog).findByRole<HTMLInputElement>('checkbox', { name: /full phone number/ });
    expect(phones.checked).toBe(false);
    fireEvent.click(phones);
    await waitFor(() => expect(phones.checked).toBe(true));
    expect(await handlers['settings.itinerary']({})).toEqual({ officersCallCustomers: true, officersSeeOverdueAmounts: false });
  });

  it('shows the pre-dispatch check: clean for a fresh plan, and a customer put on hold since, by officer', async () => {
    const plan = (await handlers['plans.current']({ date: TEST_DAY }))!.plan;
    const route = plan.routes.find((r) => r.stops.length > 0)!;
    let dialog = await openDialog();
    expect(
      await within(dialog).findByText(`The plan for ${TEST_DAY} breaks no rule (checked under visiting rules version 1).`),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    cleanup();

    const customerId = workspace.db.prepare('SELECT customer_id FROM visits WHERE id = ?').pluck().get(route.stops[0].visitId) as string;
    await handlers['holds.place']({ customerId, kind: 'legal', note: '' });
    dialog = await openDialog();
    const check = await within(dialog).findByRole('region', { name: 'Pre-dispatch check' });
    expect(check.textContent).toMatch(new RegExp(`breaks 1 rule \\(checked under visiting rules version 1; made under version 1\\)`));
    expect(check.textContent).toMatch(/under a hold \(a legal hold, hold 1/);
  });
});
