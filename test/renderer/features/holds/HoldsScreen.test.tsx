// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoldsScreen } from '../../../../renderer/features/holds/HoldsScreen';
import { formatChangedAt } from '../../../../renderer/features/rules/changed-at';
import { createHoldsRepo, type HoldsRepo } from '../../../../electron/backend/db/repos/holds-repo';
import { createOfficersRepo } from '../../../../electron/backend/db/repos/officers-repo';
import { createRulesRepo } from '../../../../electron/backend/db/repos/rules-repo';
import type { Handlers } from '../../../../shared/api/contract';
import { DEFAULT_RULE_SET } from '../../../../shared/domain';
import { openTestWorkspace, signInSupervisor, TEST_NOW, TEST_SUPERVISOR, type TestWorkspace } from '../../../support/test-workspace';
import { officer } from '../../../backend/services/plan-kit';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

// The back end's "today" is TEST_NOW, 2026-11-23: certificates' days left count from it.
let workspace: TestWorkspace;
let handlers: Handlers;
let holdsRepo: HoldsRepo;

/** A dispatcher's profile: releasing a hold is refused to them. */
const DISPATCHER = { id: 'li.na', name: 'Li Na', role: 'dispatcher', active: true } as const;
const signInAs = (userId: string) => handlers['session.signIn']({ userId });

beforeEach(async () => {
  workspace = openTestWorkspace();
  ({ handlers } = workspace);
  await signInSupervisor(handlers);
  await handlers['users.save'](DISPATCHER);
  const clock = () => TEST_NOW;
  createOfficersRepo(workspace.db).upsertMany([
    officer('O-1', {
      name: 'Wang Fang',
      skills: [
        { skill: 'collection-licence', validUntil: '2026-11-20' },
        { skill: 'senior', validUntil: '2026-12-31' },
      ],
    }),
    officer('O-2', {
      name: 'Li Qiang',
      skills: [
        { skill: 'collection-licence', validUntil: '2026-12-03' },
        { skill: 'first-aid', validUntil: '2026-11-30' },
      ],
    }),
  ]);
  createRulesRepo(workspace.db, clock).save(
    { ...DEFAULT_RULE_SET, certificates: { ...DEFAULT_RULE_SET.certificates, collection: 'collection-licence' } },
    'Zhou Min',
    'licence for collection visits',
  );
  holdsRepo = createHoldsRepo(workspace.db, clock);
  const hold = (customerId: string, kind: 'complaint' | 'dispute' | 'legal' | 'do_not_visit', more = {}) =>
    holdsRepo.place({ customerId, kind, officerId: null, until: null, note: '', placedBy: 'Li Na', ...more });
  hold('C-100', 'dispute', { note: 'amount disputed' }); // 1: released below
  hold('C-200', 'complaint', { officerId: 'O-1', note: 'rude on the phone' }); // 2: active
  hold('C-300', 'do_not_visit', { until: '2020-01-31' }); // 3: its date has passed
  hold('C-400', 'legal'); // 4: active
  holdsRepo.release(1, 'Zhou Min', 'settled with the customer');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  expect(workspace.unexpected).toEqual([]);
  workspace.close();
  localStorage.clear();
});

function start(language: 'en' | 'zh' = 'en') {
  renderWithProviders(<HoldsScreen />, { transport: fakeTransport(handlers, workspace.events), language });
}
const holdsTable = () => screen.findByRole('table', { name: 'Holds on customers, active ones first' });
const holdCells = () =>
  [...document.querySelectorAll('.holds-table tbody tr[data-hold-id]')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent),
  );
const placedAt = formatChangedAt(TEST_NOW.toISOString(), 'en');
const field = <E extends HTMLElement = HTMLInputElement>(label: string) => screen.getByLabelText<E>(label);

/** Spies on placing and releasing; the real handlers still answer. */
function spyOnChanges() {
  return { place: vi.spyOn(handlers, 'holds.place'), release: vi.spyOn(handlers, 'holds.release') };
}

describe('HoldsScreen: customer holds', () => {
  it('lists the holds, active ones first, with kind, officer, until, note, who placed and who released them', async () => {
    start();
    const table = await holdsTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Customer ID',
      'Kind',
      'State',
      'Officer complained about',
      'Until',
      'Note',
      'Placed by, at',
      'Released by, at',
      'Reason for release',
      'Actions',
    ]);
    await waitFor(() => expect(holdCells()[0][3]).toBe('Wang Fang'));
    const releasedAt = formatChangedAt(holdsRepo.get(1)!.releasedAt!, 'en');
    expect(holdCells()).toEqual([
      ['C-200', 'an open complaint', 'Active', 'Wang Fang', '', 'rude on the phone', `Li Na, ${placedAt}`, '', '', 'Release…'],
      ['C-400', 'a legal hold', 'Active', '', '', '', `Li Na, ${placedAt}`, '', '', 'Release…'],
      [
        'C-100',
        'a dispute',
        'Released',
        '',
        '',
        'amount disputed',
        `Li Na, ${placedAt}`,
        `Zhou Min, ${releasedAt}`,
        'settled with the customer',
        '',
      ],
      ['C-300', 'do not visit', 'Ended', '', '2020-01-31', '', `Li Na, ${placedAt}`, '', '', ''],
    ]);

    // The filter keeps the holds whose customer ID contains the text, in any case.
    fireEvent.change(field('Filter by customer ID'), { target: { value: 'c-1' } });
    expect(holdCells().map((row) => row[0])).toEqual(['C-100']);
    fireEvent.change(field('Filter by customer ID'), { target: { value: 'C-9' } });
    expect(screen.getByText('No hold on a customer ID containing “C-9”.')).toBeTruthy();
  });

  it('shows the officer only for a complaint and the end date only for a do-not-visit, and sends only those', async () => {
    start();
    await holdsTable();
    const { place } = spyOnChanges();
    // A complaint (the first kind) names an officer, from the roster, or none (against the lender).
    expect(field<HTMLSelectElement>('Kind').value).toBe('complaint');
    await waitFor(() => expect(field<HTMLSelectElement>('Officer complained about').options.length).toBe(3));
    expect([...field<HTMLSelectElement>('Officer complained about').options].map((o) => o.text)).toEqual([
      'None: a complaint against the lender',
      'Wang Fang (O-1)',
      'Li Qiang (O-2)',
    ]);
    expect(screen.queryByLabelText('Do not visit through')).toBeNull();

    // An officer chosen before the kind changes is not sent with a dispute.
    fireEvent.change(field('Officer complained about'), { target: { value: 'O-2' } });
    fireEvent.change(field('Kind'), { target: { value: 'dispute' } });
    expect(screen.queryByLabelText('Officer complained about')).toBeNull();
    expect(screen.queryByLabelText('Do not visit through')).toBeNull();
    fireEvent.change(field('Kind'), { target: { value: 'do_not_visit' } });
    expect(screen.queryByLabelText('Officer complained about')).toBeNull();
    fireEvent.change(field('Customer ID'), { target: { value: ' C-600 ' } });
    fireEvent.change(field('Do not visit through'), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Place the hold' }));
    await screen.findByText('Hold 5 placed on customer C-600 (do not visit).');
    expect(place).toHaveBeenCalledTimes(1);
    expect(place.mock.calls[0][0]).toEqual({ customerId: 'C-600', kind: 'do_not_visit', until: '2026-12-31', note: '' });

    // A date left over from a do-not-visit is not sent with a legal hold either.
    fireEvent.change(field('Kind'), { target: { value: 'do_not_visit' } });
    fireEvent.change(field('Do not visit through'), { target: { value: '2027-01-31' } });
    fireEvent.change(field('Kind'), { target: { value: 'legal' } });
    fireEvent.change(field('Customer ID'), { target: { value: 'C-700' } });
    fireEvent.click(screen.getByRole('button', { name: 'Place the hold' }));
    await screen.findByText('Hold 6 placed on customer C-700 (a legal hold).');
    expect(place.mock.calls[1][0]).toEqual({ customerId: 'C-700', kind: 'legal', note: '' });
  });

  it('places a complaint against one officer, reads the list again and clears the form', async () => {
    start();
    await holdsTable();
    const { place } = spyOnChanges();

    // Without a customer nothing is sent, and the field says why.
    fireEvent.click(screen.getByRole('button', { name: 'Place the hold' }));
    expect(await screen.findByText('Give the ID of the customer the hold is on.')).toBeTruthy();
    expect(field('Customer ID').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('Customer ID'));
    expect(place).not.toHaveBeenCalled();

    fireEvent.change(field('Customer ID'), { target: { value: 'C-500' } });
    await waitFor(() => expect(field<HTMLSelectElement>('Officer complained about').options.length).toBe(3));
    fireEvent.change(field('Officer complained about'), { target: { value: 'O-2' } });
    fireEvent.change(field<HTMLTextAreaElement>('Note'), { target: { value: '  shouted at the customer ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Place the hold' }));

    expect(await screen.findByText('Hold 5 placed on customer C-500 (an open complaint).')).toBeTruthy();
    expect(place).toHaveBeenCalledTimes(1);
    expect(place.mock.calls[0][0]).toEqual({ customerId: 'C-500', kind: 'complaint', officerId: 'O-2', note: 'shouted at the customer' });
    // The list is read again: the new hold is among the active ones, after the older active ones.
    await waitFor(() => expect(holdCells().map((row) => row[0])).toEqual(['C-200', 'C-400', 'C-500', 'C-100', 'C-300']));
    expect(holdCells()[2].slice(0, 7)).toEqual([
      'C-500',
      'an open complaint',
      'Active',
      'Li Qiang',
      '',
      'shouted at the customer',
      `${TEST_SUPERVISOR.id}, ${placedAt}`,
    ]);
    expect(field('Customer ID').value).toBe('');
    expect(field<HTMLTextAreaElement>('Note').value).toBe('');
    expect(field('Customer ID').getAttribute('aria-invalid')).toBeNull();
  });

  it("shows the back end's refusal of a placement and keeps the fields", async () => {
    start();
    await holdsTable();
    fireEvent.change(field('Customer ID'), { target: { value: 'C-500' } });
    await waitFor(() => expect(field<HTMLSelectElement>('Officer complained about').options.length).toBe(3));
    fireEvent.change(field('Officer complained about'), { target: { value: 'O-2' } });
    // The officer leaves the roster while the form is open.
    workspace.db.prepare('DELETE FROM officers WHERE id = ?').run('O-2');
    fireEvent.click(screen.getByRole('button', { name: 'Place the hold' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('There is no officer O-2 in this workspace; check the officer ID.')).toBeTruthy();
    expect(field('Customer ID').value).toBe('C-500');
    expect(holdsRepo.list('C-500')).toEqual([]);
    // Dismissing it takes it away.
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('releases an active hold with a reason, from the keyboard; a refusal shows its sentence', async () => {
    start();
    await holdsTable();
    const { release } = spyOnChanges();
    const releaseButton = () => screen.getByRole('button', { name: 'Release hold 2 on customer C-200' });
    // Only the active holds have the action.
    expect(screen.getAllByRole('button', { name: /^Release hold/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Release hold 2 on customer C-200',
      'Release hold 4 on customer C-400',
    ]);

    // The form opens with the focus in the reason; Esc closes it and gives the focus back.
    fireEvent.click(releaseButton());
    const form = await screen.findByRole('form', { name: 'Release hold 2 (an open complaint) on customer C-200' });
    await waitFor(() => expect(document.activeElement).toBe(field('Reason for releasing')));
    expect(releaseButton().getAttribute('aria-expanded')).toBe('true');
    expect(releaseButton().getAttribute('aria-controls')).toBe(form.id);
    fireEvent.keyDown(field('Reason for releasing'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('form', { name: /^Release hold 2/ })).toBeNull());
    expect(document.activeElement).toBe(releaseButton());
    expect(releaseButton().getAttribute('aria-expanded')).toBe('false');

    // No reason: nothing is sent.
    fireEvent.click(releaseButton());
    await waitFor(() => expect(document.activeElement).toBe(field('Reason for releasing')));
    fireEvent.click(screen.getByRole('button', { name: 'Release the hold' }));
    expect(await screen.findByText('Say why the hold is released: the reason is kept with it.')).toBeTruthy();
    expect(release).not.toHaveBeenCalled();

    // A dispatcher is refused: the back end's sentence is shown and the form stays open.
    await signInAs(DISPATCHER.id);
    fireEvent.change(field('Reason for releasing'), { target: { value: 'complaint withdrawn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Release the hold' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Only a supervisor may release a hold; Li Na (li.na) is signed in as a dispatcher.')).toBeTruthy();
    expect(release).toHaveBeenCalledTimes(1);
    expect(release.mock.calls[0][0]).toEqual({ id: 2, reason: 'complaint withdrawn' });
    expect(holdsRepo.get(2)!.releasedAt).toBeNull();
    expect(field('Reason for releasing').value).toBe('complaint withdrawn');

    // Signed in as a supervisor, the hold is released, the list read again, and it moves down among the released.
    await signInAs(TEST_SUPERVISOR.id);
    fireEvent.click(screen.getByRole('button', { name: 'Release the hold' }));
    expect(await screen.findByText('Hold 2 on customer C-200 released.')).toBeTruthy();
    expect(release).toHaveBeenCalledTimes(2);
    expect(release.mock.calls[1][0]).toEqual({ id: 2, reason: 'complaint withdrawn' });
    await waitFor(() => expect(holdCells().map((row) => row[0])).toEqual(['C-400', 'C-100', 'C-200', 'C-300']));
    const released = holdCells()[2];
    expect(released[2]).toBe('Released');
    expect(released[7]).toBe(`${TEST_SUPERVISOR.id}, ${formatChangedAt(holdsRepo.get(2)!.releasedAt!, 'en')}`);
    expect(released[8]).toBe('complaint withdrawn');
    expect(released[9]).toBe('');
    expect(screen.queryByRole('form', { name: /^Release hold 2/ })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('table', { name: 'Holds on customers, active ones first' }));
  });

  it('leaves the focus in the filter when the filter hides the hold being released', async () => {
    start();
    await holdsTable();
    fireEvent.click(screen.getByRole('button', { name: 'Release hold 2 on customer C-200' }));
    await waitFor(() => expect(document.activeElement).toBe(field('Reason for releasing')));
    act(() => field('Filter by customer ID').focus());
    fireEvent.change(field('Filter by customer ID'), { target: { value: 'C-4' } });
    expect(holdCells().map((row) => row[0])).toEqual(['C-400']);
    expect(screen.queryByLabelText('Reason for releasing')).toBeNull();
    expect(document.activeElement).toBe(field('Filter by customer ID'));
  });

  it('works in Chinese, a refusal in Chinese too', async () => {
    start('zh');
    const table = await screen.findByRole('table', { name: '客户冻结，生效中的在前' });
    expect(screen.getByRole('heading', { name: '客户冻结' })).toBeTruthy();
    await waitFor(() => expect(within(table).getByText('投诉未结')).toBeTruthy());
    expect(within(table).getByText('已解除')).toBeTruthy();
    await signInAs(DISPATCHER.id);
    fireEvent.click(screen.getByRole('button', { name: '解除客户 C-400 的冻结 4' }));
    await waitFor(() => expect(document.activeElement).toBe(field('解除原因')));
    fireEvent.change(field('解除原因'), { target: { value: '法院解除' } });
    fireEvent.click(screen.getByRole('button', { name: '解除冻结' }));
    expect(within(await screen.findByRole('alert')).getByText('只有主管可以解除冻结；当前登录的 Li Na（li.na）是调度员。')).toBeTruthy();
  });
});

describe('HoldsScreen: certificates expiring', () => {
  const rowsOf = (name: string) =>
    [...screen.getByRole('table', { name }).querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );

  it('lists required certificates, then other dated skills, expired ones marked; the days can change', async () => {
    start();
    const expiring = vi.spyOn(handlers, 'officers.expiringCertificates');
    await screen.findByRole('table', { name: 'Required by the visiting rules' });
    expect(field<HTMLSelectElement>('Ending within').value).toBe('30');
    expect(rowsOf('Required by the visiting rules')).toEqual([
      ['Wang Fang O-1', 'collection-licence', 'Collection', '2026-11-20', 'Expired: ended 3 days ago'],
      ['Li Qiang O-2', 'collection-licence', 'Collection', '2026-12-03', '10 days left'],
    ]);
    const expired = screen.getByText('Expired: ended 3 days ago');
    expect(expired.tagName).toBe('STRONG');
    expect(expired.closest('tr')!.classList.contains('is-expired')).toBe(true);
    expect(screen.getByText('10 days left').closest('tr')!.classList.contains('is-expired')).toBe(false);
    // The other group has no visit kinds.
    expect(
      within(screen.getByRole('table', { name: 'Other skills with an end date' }))
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Officer', 'Certificate', 'Valid until', 'Days left']);
    expect(rowsOf('Other skills with an end date')).toEqual([['Li Qiang O-2', 'first-aid', '2026-11-30', '7 days left']]);

    // Further ahead, Wang Fang's senior skill comes in.
    fireEvent.change(field('Ending within'), { target: { value: '60' } });
    await waitFor(() =>
      expect(rowsOf('Other skills with an end date')).toEqual([
        ['Li Qiang O-2', 'first-aid', '2026-11-30', '7 days left'],
        ['Wang Fang O-1', 'senior', '2026-12-31', '38 days left'],
      ]),
    );
    expect(expiring).toHaveBeenLastCalledWith({ days: 60 });
    // Nearer, only what ends within a week (and what has ended) is left.
    fireEvent.change(field('Ending within'), { target: { value: '7' } });
    await waitFor(() =>
      expect(rowsOf('Required by the visiting rules')).toEqual([
        ['Wang Fang O-1', 'collection-licence', 'Collection', '2026-11-20', 'Expired: ended 3 days ago'],
      ]),
    );
    expect(expiring).toHaveBeenLastCalledWith({ days: 7 });
    expect(rowsOf('Other skills with an end date')).toEqual([['Li Qiang O-2', 'first-aid', '2026-11-30', '7 days left']]);
  });

  it('says so when nothing ends, and marks expired ones in Chinese too', async () => {
    createOfficersRepo(workspace.db).upsertMany([
      officer('O-1', { name: 'Wang Fang', skills: [{ skill: 'collection', validUntil: null }] }),
    ]);
    createOfficersRepo(workspace.db).upsertMany([officer('O-2', { name: 'Li Qiang', skills: [] })]);
    start();
    expect(await screen.findByText('No certificate ends within 30 days, and none has ended.')).toBeTruthy();
    cleanup();
    createOfficersRepo(workspace.db).upsertMany([
      officer('O-1', { name: 'Wang Fang', skills: [{ skill: 'collection-licence', validUntil: '2026-11-22' }] }),
    ]);
    start('zh');
    expect(await screen.findByText('已失效：已过期 1 天')).toBeTruthy();
    expect(screen.getByRole('table', { name: '走访规则要求的资质证书' })).toBeTruthy();
    expect(field<HTMLSelectElement>('到期期限').selectedOptions[0].text).toBe('30 天内');
  });
});
