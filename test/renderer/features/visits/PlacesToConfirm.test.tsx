// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisitSummary } from '../../../../shared/api/contract';
import type { VisitId } from '../../../../shared/domain';
import { createVisitsRepo } from '../../../../electron/backend/db/repos/visits-repo';
import { visitSummary } from '../../../../electron/backend/services/visit-summary';
import { PlacesToConfirm, type PlacesToConfirmProps } from '../../../../renderer/features/visits/PlacesToConfirm';
import type { Language } from '../../../../renderer/i18n/language';
import { makeVisit } from '../../../backend/db/builders';
import { openTestWorkspace, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

const guessed = (id: string) =>
  makeVisit(id, {
    location: { lat: 31.23, lng: 121.47, system: 'wgs84' },
    locating: { source: 'guessed', confidence: 0.45, problem: null },
  });

describe('Places to confirm', () => {
  let ws: TestWorkspace;
  let props: PlacesToConfirmProps;
  beforeEach(() => {
    ws = openTestWorkspace();
    createVisitsRepo(ws.db).upsertMany([
      guessed('V-1'),
      guessed('V-2'),
      makeVisit('V-3', { location: null, locating: { source: 'pending', confidence: null, problem: null } }),
      makeVisit('V-4'),
    ]);
  });
  afterEach(() => {
    cleanup();
    ws.close();
  });

  function show(language: Language = 'en') {
    const visits: VisitSummary[] = createVisitsRepo(ws.db).listByDate('2026-03-02').map(visitSummary);
    props = {
      date: '2026-03-02',
      visits,
      displayNames: new Map(),
      onMovePin: vi.fn(),
      onChanged: vi.fn(),
      onNotice: vi.fn(),
    };
    return renderWithProviders(<PlacesToConfirm {...props} />, { transport: fakeTransport(ws.handlers, ws.events), language });
  }

  it('lists the guesses and counts the addresses to geocode; the keyboard confirms a place or asks to move its pin', async () => {
    show();
    expect(screen.getByText('1 visit waits to be geocoded.')).toBeTruthy();
    const list = screen.getByRole('listbox', { name: 'Guessed places: ↑ ↓ choose, Enter confirms, P moves the pin' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringContaining('V-1'),
      expect.stringContaining('V-2'),
    ]);
    expect(screen.getAllByText('guessed, 45 % sure: to confirm')).toHaveLength(2);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'p' });
    expect(props.onMovePin).toHaveBeenCalledWith('V-2');
    fireEvent.keyDown(list, { key: 'Enter' });
    await waitFor(() => expect(props.onChanged).toHaveBeenCalled());
    expect(props.onNotice).toHaveBeenCalledWith('toConfirm.confirmed', { id: 'V-2' });
    expect(createVisitsRepo(ws.db).get('V-2' as VisitId)!.locating?.source).toBe('confirmed');
    expect(createVisitsRepo(ws.db).get('V-1' as VisitId)!.locating?.source).toBe('guessed');
  });

  it('says why geocoding cannot run yet, in Chinese too', async () => {
    show('zh');
    expect(screen.getByRole('heading', { name: '待确认位置' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '地理编码地址' }));
    expect(await screen.findByText('尚未设置地理编码：请在“设置”（Alt+T）中选择服务并填写地址。')).toBeTruthy();
  });

  it('shows nothing when every visit has a place', () => {
    createVisitsRepo(ws.db).upsertMany([guessed('V-1')].map((v) => ({ ...v, locating: { ...v.locating!, source: 'confirmed' as const } })));
    ws.db.exec(`DELETE FROM visits WHERE id <> 'V-1'`);
    const { container } = show();
    expect(container.textContent).toBe('');
  });
});
