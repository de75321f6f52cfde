// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { reported } from '../../../support/outcomes';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowUpsScreen } from '../../../../renderer/features/follow-ups/FollowUpsScreen';
import { addDays, formatWindow, type Plan, type VisitId } from '../../../../shared/domain';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

// Follow-ups (issue 19) against the real back end: a planned demo day whose outcomes propose them.
let ws: TestWorkspace;
let routed: VisitId[];
let notHome: VisitId;
let promised: VisitId;
let moved: VisitId;

beforeEach(async () => {
  ws = openTestWorkspace();
  await importDemoDay(ws.handlers, { visits: 16, officers: 3 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.3, seed: 1 });
  const plan: Plan = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan;
  routed = plan.routes.flatMap((r) => r.stops.map((s) => s.visitId));
  expect(routed.length).toBeGreaterThanOrEqual(5);
  [notHome, promised, moved] = routed;
  // The address problem first, so the back end's order (by id) is not already the screen's.
  await ws.handlers['visits.recordOutcomes']({
    outcomes: [
      reported(moved, { outcome: 'failed', result: 'moved' }),
      reported(notHome, { outcome: 'failed', result: 'not_at_home', arrivedSec: 10 * 3600 }),
      reported(promised, { result: 'promise_to_pay', promiseAmount: 500, promiseDate: addDays(TEST_DAY, 2) }),
    ],
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  expect(ws.unexpected).toEqual([]);
  ws.close();
  localStorage.clear();
});

function start(language: 'en' | 'zh' = 'en') {
  const onApproved = vi.fn();
  renderWithProviders(<FollowUpsScreen onApproved={onApproved} />, { transport: fakeTransport(ws.handlers, ws.events), language });
  return onApproved;
}
const followUpOf = async (visitId: VisitId) => (await ws.handlers['followUps.list']({})).find((f) => f.fromVisitId === visitId)!;
const customerOf = async (visitId: VisitId) => (await ws.handlers['visits.get']({ id: visitId })).visit.customerId;
const cells = () =>
  [...document.querySelectorAll('.follow-ups-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
const fromVisits = () => cells().map((row) => row[1]);
const button = (name: string | RegExp) => screen.getByRole('button', { name });

describe('FollowUpsScreen', () => {
  it('lists awaiting approval first, then flagged, approved and withdrawn, with where from, why, kind, days, window and visit made', async () => {
    // One approved behind the screen, and a promise whose customer paid since.
    const [, , , approvedFrom, paidFrom] = routed;
    await ws.handlers['visits.recordOutcomes']({
      outcomes: [
        reported(approvedFrom, { outcome: 'failed', result: 'not_at_home', arrivedSec: 15 * 3600 }),
        reported(paidFrom, { result: 'promise_to_pay', promiseAmount: 200, promiseDate: addDays(TEST_DAY, 1) }),
      ],
    });
    await ws.handlers['visits.recordOutcomes']({ outcomes: [reported(paidFrom, { result: 'paid' })] });
    const [approvedOne] = await ws.handlers['followUps.approve']({ ids: [(await followUpOf(approvedFrom)).id] });

    start();
    const table = await screen.findByRole('table', { name: 'Follow-ups, those awaiting approval first' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Select', 'From visit', 'Customer ID', 'Why', 'Visit kind', 'Days', 'Window', 'State', 'Visit made']);
    const promiseWindows = (await ws.handlers['visits.get']({ id: promised })).visit.windows.map(formatWindow).join(', ');
    expect(cells()).toEqual([
      [
        '',
        notHome,
        await customerOf(notHome),
        'not at home',
        'Follow-up',
        `${addDays(TEST_DAY, 2)} – ${addDays(TEST_DAY, 5)}`,
        // Nobody in at 10:00: the afternoon next time.
        '14:00-18:00',
        'Awaiting approval',
        '',
      ],
      [
        '',
        promised,
        await customerOf(promised),
        'promise to pay',
        'Collection',
        addDays(TEST_DAY, 3),
        promiseWindows,
        'Awaiting approval',
        '',
      ],
      ['', moved, await customerOf(moved), 'moved away', '', '', '', 'Flagged', 'None: flagged for a dispatcher to look at.'],
      [
        '',
        approvedFrom,
        await customerOf(approvedFrom),
        'not at home',
        'Follow-up',
        `${addDays(TEST_DAY, 2)} – ${addDays(TEST_DAY, 5)}`,
        // Nobody in at 15:00: the morning next time.
        '09:00-12:00',
        'Approved',
        approvedOne.visitId,
      ],
      [
        '',
        paidFrom,
        await customerOf(paidFrom),
        'promise to pay',
        'Collection',
        addDays(TEST_DAY, 2),
        expect.any(String),
        'Withdrawn: paid',
        '',
      ],
    ]);
    // Only what awaits approval can be ticked, each box named by its follow-up and visit.
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))).toEqual([
      `Select follow-up ${(await followUpOf(notHome)).id} of visit ${notHome}`,
      `Select follow-up ${(await followUpOf(promised)).id} of visit ${promised}`,
    ]);

    // The filter shows one reason; the address problems stay listed for a person.
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'moved' } });
    expect(fromVisits()).toEqual([moved]);
    expect((button('Approve all proposed: moved away') as HTMLButtonElement).disabled).toBe(true);
  });

  it('approves the follow-ups ticked: sends their ids, lists the visit made, and the app is told', async () => {
    const onApproved = start();
    await screen.findByRole('table');
    const approve = vi.spyOn(ws.handlers, 'followUps.approve');
    const selected = button('Approve selected (0)') as HTMLButtonElement;
    expect(selected.disabled).toBe(true);

    const wanted = await followUpOf(notHome);
    const box = screen.getByRole('checkbox', { name: `Select follow-up ${wanted.id} of visit ${notHome}` });
    box.focus();
    expect(document.activeElement).toBe(box);
    fireEvent.click(box);
    fireEvent.click(button('Approve selected (1)'));

    const made = `${notHome}-F${wanted.id}`;
    await screen.findByText(`Approved 1 follow-up: ${made}.`);
    expect(approve).toHaveBeenCalledTimes(1);
    expect(approve).toHaveBeenCalledWith({ ids: [wanted.id] });
    expect(onApproved).toHaveBeenCalledWith(1);
    await waitFor(() =>
      expect(
        cells()
          .find((row) => row[1] === notHome)
          ?.slice(7),
      ).toEqual(['Approved', made]),
    );
    // The approved row moved below the flag; the promise still awaits approval.
    expect(fromVisits()).toEqual([promised, moved, notHome]);
    expect(screen.queryByRole('checkbox', { name: new RegExp(`of visit ${notHome}$`) })).toBeNull();
    expect(button('Approve selected (0)')).toBeTruthy();

    // The visit is made, approved, on the follow-up's first day.
    const day = (await ws.handlers['visits.list']({ date: wanted.earliestDate! })).find((v) => v.id === made);
    expect(day).toMatchObject({ kind: 'follow-up', status: 'approved', customerId: await customerOf(notHome) });
  });

  it('approves all of one reason, then all the rest; the flag stays for a person', async () => {
    const onApproved = start();
    await screen.findByRole('table');
    const approve = vi.spyOn(ws.handlers, 'followUps.approve');

    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'promise_to_pay' } });
    expect(fromVisits()).toEqual([promised]);
    fireEvent.click(button('Approve all proposed: promise to pay'));
    const promise = await followUpOf(promised);
    await screen.findByText(`Approved 1 follow-up: ${promised}-F${promise.id}.`);
    expect(approve).toHaveBeenLastCalledWith({ rule: 'promise_to_pay' });
    await waitFor(() => expect(cells()[0].slice(7)).toEqual(['Approved', `${promised}-F${promise.id}`]));

    fireEvent.change(screen.getByLabelText('Show'), { target: { value: '' } });
    fireEvent.click(button('Approve all proposed'));
    const rest = await followUpOf(notHome);
    await screen.findByText(`Approved 1 follow-up: ${notHome}-F${rest.id}.`);
    expect(approve).toHaveBeenLastCalledWith({});
    expect(onApproved.mock.calls).toEqual([[1], [1]]);
    await waitFor(() => expect(cells().map((row) => row[7])).toEqual(['Flagged', 'Approved', 'Approved']));
    expect(fromVisits()).toEqual([moved, notHome, promised]);
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect((button('Approve all proposed') as HTMLButtonElement).disabled).toBe(true);
    expect((await ws.handlers['visits.list']({ date: promise.earliestDate! })).some((v) => v.id === `${promised}-F${promise.id}`)).toBe(
      true,
    );
  });

  it('shows a refusal and reads the list again when a ticked one was approved elsewhere meanwhile', async () => {
    const onApproved = start();
    await screen.findByRole('table');
    const wanted = await followUpOf(promised);
    fireEvent.click(screen.getByRole('checkbox', { name: `Select follow-up ${wanted.id} of visit ${promised}` }));
    await ws.handlers['followUps.approve']({ ids: [wanted.id] });

    fireEvent.click(button('Approve selected (1)'));
    expect((await screen.findByRole('alert')).textContent).toContain(
      `Follow-up ${wanted.id} is not awaiting approval (it is unknown, approved, withdrawn or a flag).`,
    );
    await waitFor(() => expect(cells().find((row) => row[1] === promised)?.[7]).toBe('Approved'));
    expect(onApproved).not.toHaveBeenCalled();
  });

  it('speaks Chinese, in the glossary’s words', async () => {
    start('zh');
    const table = await screen.findByRole('table', { name: '后续走访，待审批的在前' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['选择', '来源走访', '客户编号', '原因', '走访类型', '日期', '时段', '状态', '生成的走访']);
    expect(cells().map((row) => [row[3], row[4], row[7], row[8]])).toEqual([
      ['不在家', '回访', '待审批', ''],
      ['承诺还款', '催收', '待审批', ''],
      ['已搬离', '', '已标记', '无：已标记，须由调度员查看。'],
    ]);
    expect(cells()[0][5]).toBe(`${addDays(TEST_DAY, 2)} 至 ${addDays(TEST_DAY, 5)}`);
    expect(screen.getByRole('heading', { name: '后续走访' })).toBeTruthy();

    fireEvent.click(button('审批全部待审批'));
    const status = await screen.findByText(/^已审批 2 个后续走访：/);
    expect(status.textContent).toContain(`${notHome}-F${(await followUpOf(notHome)).id}`);
    await waitFor(() => expect(cells().map((row) => row[7])).toEqual(['已标记', '已审批', '已审批']));
  });
});
