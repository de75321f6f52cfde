// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../../shared/api/contract';
import type { MapModel } from '../../../../renderer/features/map/map-model';
import { App } from '../../../../renderer/app/App';
import { SessionProvider } from '../../../../renderer/features/users/SessionProvider';
import { openTestWorkspace, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';
import { stubDialog } from '../import/import-test-kit';

// Leaflet's canvas needs a real browser; the rules screen has no map.
vi.mock('../../../../renderer/features/map/PlanMap', () => ({
  PlanMap: ({ model }: { model: MapModel }) => <div data-testid="map" data-route-count={model.routes.length} />,
}));

let workspace: TestWorkspace;
let handlers: Handlers;

/** The workspace's supervisor, signed in to the back end unless a test says otherwise. */
const ZHOU = { id: 'zhou', name: 'Zhou Min', role: 'supervisor', active: true } as const;
const LI = { id: 'li.na', name: 'Li Na', role: 'dispatcher', active: true } as const;

beforeEach(async () => {
  stubDialog();
  workspace = openTestWorkspace();
  ({ handlers } = workspace);
  await handlers['users.save'](ZHOU);
  await handlers['session.signIn']({ userId: ZHOU.id });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  expect(workspace.unexpected).toEqual([]);
  workspace.close();
  localStorage.clear();
});

async function openRules(language: 'en' | 'zh' = 'en') {
  renderWithProviders(
    <SessionProvider>
      <App />
    </SessionProvider>,
    { transport: fakeTransport(handlers, workspace.events), language },
  );
  const nav = screen.getByRole('navigation');
  fireEvent.click(within(nav).getByRole('button', { name: language === 'en' ? 'Rules' : '规则' }));
  return screen.findByRole('form');
}
const field = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement>(label);
const historyRows = () =>
  [...screen.getByRole('table', { name: 'Versions' }).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent),
  );

describe('RulesScreen', () => {
  it('shows version 1, saves a change as version 2 and lists both versions, newest first', async () => {
    await openRules();
    await waitFor(() =>
      expect(screen.getByTestId('rules-in-force').textContent).toMatch(/^Version 1 in force, changed .+ by system: defaults$/),
    );
    expect(field('Monday').value).toBe('08:00-20:00');
    expect(field('Saturday').value).toBe('08:00-20:00');
    expect(field('At most this many visits').value).toBe('2');
    expect(field('In any this many days').value).toBe('7');
    expect(field('At least this many hours apart').value).toBe('48');
    expect(field('Public holidays').value).toBe('');
    expect(field('Collection').value).toBe('');
    await waitFor(() => expect(historyRows().map((row) => row[0])).toEqual(['1']));

    fireEvent.change(field('Saturday'), { target: { value: '' } });
    fireEvent.change(field('Public holidays'), { target: { value: '2026-10-01' } });
    fireEvent.change(field('Tuesday'), { target: { value: '08:00-12:00; 13:30-20:00' } });
    // Who is recorded is the signed-in supervisor, said beside Save; why is asked for, and
    // without it nothing is sent.
    await waitFor(() => expect(screen.getByTestId('rules-author').textContent).toBe('Saved as Zhou Min (zhou).'));
    expect(screen.queryByLabelText('Changed by')).toBeNull();
    const change = vi.spyOn(handlers, 'rules.change');
    fireEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    expect(await screen.findByText('Say why the visiting rules change: the reason is kept with the new version.')).toBeTruthy();
    expect(change).not.toHaveBeenCalled();

    fireEvent.change(field('Reason'), { target: { value: 'National Day; no Saturday visits' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    await waitFor(() =>
      expect(screen.getByTestId('rules-in-force').textContent).toMatch(
        /^Version 2 in force, changed .+ by zhou: National Day; no Saturday visits$/,
      ),
    );
    // The request carries the rules and the reason only: the back end records who is signed in.
    expect(change).toHaveBeenCalledTimes(1);
    expect(Object.keys(change.mock.calls[0][0]).sort()).toEqual(['reason', 'rules']);
    expect(screen.getByText('Saved the visiting rules as version 2.')).toBeTruthy();
    expect(historyRows().map((row) => [row[0], row[2], row[3]])).toEqual([
      ['2', 'zhou', 'National Day; no Saturday visits'],
      ['1', 'system', 'defaults'],
    ]);
    // The fields show what is stored now.
    expect(field('Saturday').value).toBe('');
    expect(field('Tuesday').value).toBe('08:00-12:00; 13:30-20:00');
    expect(field('Public holidays').value).toBe('2026-10-01');

    const stored = await handlers['rules.current']({});
    expect(stored.version).toBe(2);
    expect(stored.rules.hours.sat).toEqual([]);
    expect(stored.rules.hours.tue).toEqual([
      { startSec: 8 * 3600, endSec: 12 * 3600 },
      { startSec: 13.5 * 3600, endSec: 20 * 3600 },
    ]);
    expect(stored.rules.holidays).toEqual(['2026-10-01']);
    expect(stored.rules.frequency).toEqual({ maxVisits: 2, windowDays: 7, minGapHours: 48 });

    // The reason belongs to one version: it is asked for again. Saving the same rules again is
    // refused with the back end's own sentence.
    expect(field('Reason').value).toBe('');
    fireEvent.change(field('Reason'), { target: { value: 'again' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    expect(await screen.findByText('These are the visiting rules of version 2 already; nothing was saved.')).toBeTruthy();
    expect((await handlers['rules.history']({})).length).toBe(2);
  });

  it('names a field that does not read, as the rules file does, and sends nothing', async () => {
    await openRules();
    await waitFor(() => expect(field('Monday').value).toBe('08:00-20:00'));
    const change = vi.spyOn(handlers, 'rules.change');
    fireEvent.change(field('Wednesday'), { target: { value: '08:00-12:00; 9am to noon' } });
    fireEvent.change(field('Days kept free of visits'), { target: { value: '2026-02-30' } });
    fireEvent.change(field('Reason'), { target: { value: 'typo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the rules' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('2 fields do not read; nothing was saved:');
    const hoursProblem = 'hours.wed[1]: must be a time range like "08:00-20:00".';
    expect(within(alert).getByText(hoursProblem)).toBeTruthy();
    expect(within(alert).getByText('noVisitDays[0]: is not a real calendar date.')).toBeTruthy();
    // The field itself is marked and described by the same sentence.
    expect(field('Wednesday').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field('Wednesday').getAttribute('aria-describedby')!)!.textContent).toBe(hoursProblem);
    expect(change).not.toHaveBeenCalled();
    expect((await handlers['rules.current']({})).version).toBe(1);
  });

  it('shows the follow-up rules per outcome and saves a changed one with the version; a row that does not read is named', async () => {
    await openRules();
    await waitFor(() => expect(field('Monday').value).toBe('08:00-20:00'));
    const control = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLSelectElement>(label);
    // The defaults: not at home, a follow-up visit 2 to 5 days later in another part of the day.
    expect(control('not at home: Calls for').value).toBe('visit');
    expect(control('not at home: Earliest, days after').value).toBe('2');
    expect(control('not at home: Latest, days after').value).toBe('5');
    expect(control('not at home: Time window').value).toBe('other');
    expect(control('complaint raised: Calls for').value).toBe('hold');
    expect(control('moved away: Calls for').value).toBe('flag');
    // A visit's fields wait, disabled, until a row calls for a visit.
    expect((control('refused: Visit kind') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText('A payment withdraws the collection visit a promise to pay called for.')).toBeTruthy();

    fireEvent.change(control('refused: Calls for'), { target: { value: 'visit' } });
    fireEvent.change(control('refused: Visit kind'), { target: { value: 'collection' } });
    fireEvent.change(control('refused: Earliest, days after'), { target: { value: '7' } });
    fireEvent.change(control('refused: Latest, days after'), { target: { value: '3' } });
    fireEvent.change(control('refused: Officer'), { target: { value: 'other' } });
    fireEvent.change(control('refused: Priority'), { target: { value: '5' } });
    fireEvent.change(field('Reason'), { target: { value: 'refusals go to a colleague' } });
    const change = vi.spyOn(handlers, 'rules.change');
    fireEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('followUps.refused.latestDays: is not valid.')).toBeTruthy();
    expect(change).not.toHaveBeenCalled();

    fireEvent.change(control('refused: Latest, days after'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    await waitFor(() => expect(screen.getByTestId('rules-in-force').textContent).toMatch(/^Version 2 in force/));
    expect((await handlers['rules.current']({})).rules.followUps.refused).toEqual({
      then: 'visit',
      kind: 'collection',
      from: 'visit',
      earliestDays: 7,
      latestDays: 10,
      window: 'other',
      officer: 'other',
      priority: 5,
    });
    expect(control('refused: Officer').value).toBe('other');
  });

  it('works in Chinese, its controls reachable and labelled', async () => {
    const form = await openRules('zh');
    await waitFor(() => expect(field('周一').value).toBe('08:00-20:00'));
    expect(field('法定节假日')).toBeTruthy();
    expect(field('调休工作日')).toBeTruthy();
    expect(screen.getByTestId('rules-in-force').textContent).toMatch(/^现行第 1 版/);
    // Every control has a name and none is taken out of the Tab order.
    const controls = [...form.querySelectorAll<HTMLElement>('input, textarea, select, button')];
    // Hours, dates, frequency, certificates, reason, save and discard, then export and the two files
    // to load; and the follow-up rules of nine outcomes (a payment's is fixed), five choices and three numbers each.
    expect(controls.length).toBe(7 + 3 + 3 + 3 + 1 + 2 + 3 + 9 * (5 + 3));
    for (const control of controls) {
      expect(control.tabIndex).toBe(0);
      if (control.tagName === 'BUTTON') continue;
      const name = control.getAttribute('aria-label') ?? form.querySelector(`label[for="${control.id}"]`)?.textContent;
      expect(name).toBeTruthy();
    }
    expect(screen.getByLabelText<HTMLSelectElement>('不在家：后续处理').value).toBe('visit');
    await waitFor(() => expect(screen.getByTestId('rules-author').textContent).toBe('将以 Zhou Min（zhou）的身份保存。'));
    // A refusal is the back end's sentence in the screen's language.
    fireEvent.change(field('原因'), { target: { value: '核对' } });
    fireEvent.click(screen.getByRole('button', { name: '保存规则' }));
    expect(await screen.findByText('这已是第 1 版的走访规则，未保存任何内容。')).toBeTruthy();
  });

  it('says that only a supervisor may change the rules, and does not save, for a dispatcher or nobody', async () => {
    await handlers['users.save'](LI);
    await handlers['session.signIn']({ userId: LI.id });
    const change = vi.spyOn(handlers, 'rules.change');
    await openRules();
    const author = await screen.findByTestId('rules-author');
    await waitFor(() =>
      expect(author.textContent).toBe('Only a supervisor may change the visiting rules; Li Na (li.na) is signed in as a dispatcher.'),
    );
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Save the rules' });
    expect(save.disabled).toBe(true);
    expect(save.getAttribute('aria-describedby')).toBe(author.id);
    fireEvent.change(field('Reason'), { target: { value: 'try anyway' } });
    fireEvent.submit(screen.getByRole('form'));
    cleanup();

    // Signed out, and this machine no longer remembers Li Na (else she is signed in again).
    await handlers['session.signOut']({});
    localStorage.clear();
    await openRules('zh');
    await waitFor(() =>
      expect(screen.getByTestId('rules-author').textContent).toBe(
        '只有主管可以修改走访规则，而当前没有人登录：请用窗口顶部的用户按钮登录。',
      ),
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '保存规则' }).disabled).toBe(true);
    expect(change).not.toHaveBeenCalled();
    expect((await handlers['rules.current']({})).version).toBe(1);
  });

  it('opens with Alt+U and goes back to the board with it', async () => {
    renderWithProviders(
      <SessionProvider>
        <App />
      </SessionProvider>,
      { transport: fakeTransport(handlers, workspace.events), language: 'en' },
    );
    const press = () => fireEvent.keyDown(window, { code: 'KeyU', key: 'u', altKey: true });
    press();
    expect(await screen.findByRole('heading', { name: 'Visiting rules' })).toBeTruthy();
    press();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Visiting rules' })).toBeNull());
    expect(screen.getByText('Alt+U')).toBeTruthy();
  });
  it('loads a holiday calendar in GBK and a rules file into the fields, saved only with a reason, and names a file that does not read', async () => {
    await openRules();
    await waitFor(() => expect(field('Monday').value).toBe('08:00-20:00'));
    const change = vi.spyOn(handlers, 'rules.change');
    // A calendar as Excel on a Chinese Windows saves it: GBK, Chinese types.
    const gbk = new Uint8Array(
      [...new TextEncoder().encode('2026-10-01,')].concat(
        [0xb7, 0xc5, 0xbc, 0xd9],
        [0x0a],
        [...new TextEncoder().encode('2026-10-11,')],
        [0xc9, 0xcf, 0xb0, 0xe0],
      ),
    );
    const calendar = new File([gbk], 'calendar.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Load a holiday calendar (CSV: date,type)'), { target: { files: [calendar] } });
    await waitFor(() => expect(field('Public holidays').value).toBe('2026-10-01'));
    expect(field('Adjusted working days').value).toBe('2026-10-11');
    expect(screen.getByText(/^The calendar gave 1 public holidays and 1 adjusted working days/)).toBeTruthy();
    expect(change).not.toHaveBeenCalled();
    fireEvent.change(field('Reason'), { target: { value: 'Official calendar' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    await waitFor(() => expect(change).toHaveBeenCalledTimes(1));
    expect((await handlers['rules.current']({})).rules).toMatchObject({ holidays: ['2026-10-01'], workdays: ['2026-10-11'] });

    const rulesFile = JSON.stringify({
      format: 'field-dispatch-rules',
      version: 1,
      rules: {
        hours: {
          mon: ['08:00-20:00'],
          tue: ['08:00-20:00'],
          wed: ['08:00-20:00'],
          thu: ['08:00-20:00'],
          fri: ['08:00-20:00'],
          sat: ['09:00-17:00'],
          sun: [],
        },
        holidays: [],
        workdays: [],
        noVisitDays: [],
        frequency: { maxVisits: 1, windowDays: 3, minGapHours: 24 },
      },
    });
    fireEvent.change(screen.getByLabelText('Load a rules file (JSON)'), { target: { files: [new File([rulesFile], 'rules.json')] } });
    await waitFor(() => expect(field('At most this many visits').value).toBe('1'));
    expect(field('Sunday').value).toBe('');
    expect(field('Public holidays').value).toBe('');

    fireEvent.change(screen.getByLabelText('Load a rules file (JSON)'), {
      target: { files: [new File(['{"format": "other"}'], 'x.json')] },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/not a rules file/i);
    expect(change).toHaveBeenCalledTimes(1);
  });
});
