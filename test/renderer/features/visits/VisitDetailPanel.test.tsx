// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { VisitSummary } from '../../../../shared/api/contract';
import { openDatabase } from '../../../../electron/backend/db/open';
import { createHandlers } from '../../../../electron/backend/handlers';
import { createEventHub } from '../../../../electron/backend/events';
import { createVisitsRepo } from '../../../../electron/backend/db/repos/visits-repo';
import { visitSummary } from '../../../../electron/backend/services/visit-summary';
import { EMPTY_INDEX } from '../../../../renderer/features/plans/plan-index';
import { VisitDetailPanel, type VisitDetailPanelProps } from '../../../../renderer/features/visits/detail/VisitDetailPanel';
import type { Language } from '../../../../renderer/i18n/language';
import { makeVisit } from '../../../backend/db/builders';
import { fakeTransport } from '../../fake-transport';
import { renderOnBoard } from '../../board-harness';

const DATE = '2026-03-02';

describe('the visit detail panel over the real back end', () => {
  let db: Db;
  let onNotice: ReturnType<typeof vi.fn<VisitDetailPanelProps['onNotice']>>;
  let onAddedToOtherDay: ReturnType<typeof vi.fn<() => void>>;

  beforeEach(() => {
    db = openDatabase(':memory:');
    createVisitsRepo(db).upsertMany([makeVisit('V-1', { phone: '13800005678', notes: 'Ring twice' })]);
    onNotice = vi.fn<VisitDetailPanelProps['onNotice']>();
    onAddedToOtherDay = vi.fn<() => void>();
  });
  afterEach(() => {
    cleanup();
    db.close();
  });

  function show(language: Language = 'en') {
    const handlers = createHandlers(db, { events: createEventHub(), logError: () => undefined });
    const visit = visitSummary(createVisitsRepo(db).get('V-1' as never)!);
    const props: VisitDetailPanelProps = {
      visitId: 'V-1',
      visitsById: new Map<string, VisitSummary>([['V-1', visit]]),
      date: DATE,
      plan: null,
      index: EMPTY_INDEX,
      officerNames: new Map(),
      edits: { changeVisit: (call) => call(), insertVisits: vi.fn(async () => true) },
      onEditingPlace: () => undefined,
      draggedTo: null,
      onNotice,
      onAddedToOtherDay,
    };
    return renderOnBoard(<VisitDetailPanel {...props} />, { transport: fakeTransport(handlers), language });
  }

  it('shows the record masked, with its place in the plan and its history', async () => {
    show();
    const panel = screen.getByTestId('visit-detail');
    expect(within(panel).getByText('138****5678')).toBeTruthy();
    expect(within(panel).getByText('09:00-12:00; 14:00-17:00')).toBeTruthy();
    expect(within(panel).getByText('The day has no plan yet')).toBeTruthy();
    expect(within(panel).queryByText('测试客户')).toBeNull();
    await within(panel).findByText('No changes recorded since the import.');
  });

  it("shows the approval's approver, expiry and scope, or that it has none, in either language", async () => {
    const field = (name: string) => screen.getByTestId('visit-detail').querySelector(`[data-field="${name}"] dd`)?.textContent;
    show();
    expect([field('approvedBy'), field('approvalExpires'), field('approvalScope')]).toEqual(['not recorded', 'no expiry', 'any kind']);
    cleanup();
    createVisitsRepo(db).upsertMany([
      makeVisit('V-1', { approvedBy: '测试主管', approvalExpires: '2026-03-31', approvalScope: ['verification', 'follow-up'] }),
    ]);
    show('zh');
    expect([field('approvedBy'), field('approvalExpires'), field('approvalScope')]).toEqual(['测试主管', '2026-03-31', '贷前核查、回访']);
  });

  it('asks once more on a day without a plan, then shows the import’s sentence by the refused field, in Chinese', async () => {
    show('zh');
    fireEvent.click(screen.getByRole('button', { name: '修改走访' }));
    fireEvent.change(screen.getByLabelText('预约时段'), { target: { value: '12:00-11:00' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('alert').textContent).toMatch(/无法用撤销恢复/);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const field = await screen.findByText(/^预约时段：/);
    expect(field.className).toBe('form-field__problem');
    expect(screen.getByLabelText('预约时段').getAttribute('aria-invalid')).toBe('true');
    expect(createVisitsRepo(db).get('V-1' as never)?.windows).toHaveLength(2);
  });

  it('saves a changed service time and says so', async () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Edit visit' }));
    fireEvent.change(screen.getByLabelText('Service minutes'), { target: { value: '50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onNotice).toHaveBeenCalledWith('visitForm.saved', { visitId: 'V-1' }));
    expect(createVisitsRepo(db).get('V-1' as never)?.serviceSec).toBe(50 * 60);
  });

  it('adds a visit by hand, and refuses an ID already stored, naming the visit; the new one is then selected', async () => {
    const { selection } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Add visit' }));
    const form = screen.getByRole('form', { name: 'Add a visit' });
    const fill = (label: string, value: string) => fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    fill('Visit ID', 'V-1');
    fill('Customer ID', 'C-7');
    fill('Customer name', '王小明');
    fill('Address', '示例路 7 号');
    fill('Latitude', '31.2');
    fill('Longitude', '121.4');
    fill('Appointment windows', '10:00-12:00');
    fill('Approval number', 'APR-7');
    fireEvent.click(within(form).getByRole('button', { name: 'Add visit' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/Visit V-1 is already stored/);

    fill('Visit ID', 'V-7');
    fireEvent.click(within(form).getByRole('button', { name: 'Add visit' }));
    await waitFor(() => expect(onNotice).toHaveBeenCalledWith('visitForm.added', { visitId: 'V-7', date: DATE }));
    expect(createVisitsRepo(db).get('V-7' as never)).toMatchObject({ status: 'approved', customerName: '王小明' });
    expect([...selection.get().ids]).toEqual(['V-7']);
    expect(onAddedToOtherDay).not.toHaveBeenCalled();

    // One for another day is not selected here; the day picker is told to look again.
    fireEvent.click(screen.getByRole('button', { name: 'Add visit' }));
    const next = screen.getByRole('form', { name: 'Add a visit' });
    const fillNext = (label: string, value: string) => fireEvent.change(within(next).getByLabelText(label), { target: { value } });
    for (const [label, value] of [
      ['Visit ID', 'V-8'],
      ['Visit date', '2026-03-09'],
      ['Customer ID', 'C-8'],
      ['Customer name', '李小红'],
      ['Address', '示例路 8 号'],
      ['Latitude', '31.2'],
      ['Longitude', '121.4'],
      ['Appointment windows', '10:00-12:00'],
      ['Approval number', 'APR-8'],
    ])
      fillNext(label, value);
    fireEvent.click(within(next).getByRole('button', { name: 'Add visit' }));
    await waitFor(() => expect(onAddedToOtherDay).toHaveBeenCalledTimes(1));
    expect([...selection.get().ids]).toEqual(['V-7']);
  });
});
