// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisitId } from '../../../../shared/domain';
import { RecordOutcomeDialog } from '../../../../renderer/features/visits/RecordOutcomeDialog';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';
import { stubDialog } from '../import/import-test-kit';

let ws: TestWorkspace;
let routed: VisitId[];

beforeEach(async () => {
  stubDialog();
  ws = openTestWorkspace();
  await importDemoDay(ws.handlers, { visits: 10, officers: 2 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.3, seed: 1 });
  routed = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan.routes.flatMap((r) => r.stops.map((s) => s.visitId));
});
afterEach(() => {
  cleanup();
  ws.close();
});

const open = (visitIds: readonly string[], onRecorded = vi.fn()) => {
  renderWithProviders(<RecordOutcomeDialog visitIds={visitIds} onRecorded={onRecorded} onClose={() => undefined} />, {
    transport: fakeTransport(ws.handlers, ws.events),
    language: 'en',
  });
  return onRecorded;
};
const results = () => [...screen.getByLabelText<HTMLSelectElement>('Result').options].map((o) => o.textContent);
const statusOf = async (id: string) => (await ws.handlers['visits.list']({ date: TEST_DAY })).find((v) => v.id === id)!.status;

describe('RecordOutcomeDialog', () => {
  it('offers only results a done visit can have, asks for the promise when there is one, and records many visits at once', async () => {
    const [a, b] = routed;
    const onRecorded = open([a, b]);
    expect(screen.getByRole('heading').textContent).toBe('Record the outcome of 2 visits');
    expect(results()).not.toContain('not at home');
    fireEvent.click(screen.getByLabelText('failed'));
    expect(results()).toContain('not at home');
    fireEvent.click(screen.getByLabelText('done'));
    expect(screen.queryByLabelText('Promised amount')).toBeNull();
    fireEvent.change(screen.getByLabelText('Result'), { target: { value: 'promise_to_pay' } });
    fireEvent.change(screen.getByLabelText('Promised amount'), { target: { value: '800' } });
    fireEvent.change(screen.getByLabelText('Promised date'), { target: { value: '2026-11-30' } });
    fireEvent.change(screen.getByLabelText('Arrived at'), { target: { value: '09:10' } });
    fireEvent.change(screen.getByLabelText('Officer remarks'), { target: { value: 'Will pay at month end' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith(2));
    expect([await statusOf(a), await statusOf(b)]).toEqual(['done', 'done']);
    const [stored] = await ws.handlers['visits.outcomes']({ visitIds: [a] });
    expect(stored).toMatchObject({ result: 'promise_to_pay', promiseAmount: 800, promiseDate: '2026-11-30', arrivedSec: 9 * 3600 + 600 });
  });

  it('shows the back end’s sentence when a visit cannot take the outcome, recording none', async () => {
    const unplanned = (await ws.handlers['visits.list']({ date: TEST_DAY })).find((v) => v.status === 'approved');
    const onRecorded = open([routed[0], unplanned?.id ?? 'V-404']);
    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByText(/^No outcome was recorded: 1 visit has a problem\./)).toBeTruthy();
    expect(onRecorded).not.toHaveBeenCalled();
    expect(await statusOf(routed[0])).toBe('planned');
  });
});
