// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanningPreferences } from '../../../../renderer/features/plans/PlanningPreferences';
import { openTestWorkspace, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

let ws: TestWorkspace;
beforeEach(() => {
  ws = openTestWorkspace();
});
afterEach(() => {
  cleanup();
  ws.close();
});

describe('PlanningPreferences', () => {
  it('shows the stored objective and budget and stores a new choice in the workspace', async () => {
    renderWithProviders(<PlanningPreferences />, { transport: fakeTransport(ws.handlers, ws.events), language: 'en' });
    const objective = await screen.findByLabelText<HTMLSelectElement>('What planning aims for');
    expect(objective.value).toBe('least-travel');
    expect([...objective.options].map((o) => o.textContent)).toEqual([
      'Least travel',
      'Fewest officers',
      'Balanced workloads',
      'Compact areas',
    ]);
    fireEvent.change(objective, { target: { value: 'balanced' } });
    await waitFor(async () => expect((await ws.handlers['settings.planning']({})).objective).toBe('balanced'));
    const seconds = screen.getByLabelText<HTMLSelectElement>('Time planning may take');
    fireEvent.change(seconds, { target: { value: '30' } });
    await waitFor(async () => expect(await ws.handlers['settings.planning']({})).toEqual({ objective: 'balanced', seconds: 30 }));
    await waitFor(() => expect(seconds.value).toBe('30'));
  });
});
