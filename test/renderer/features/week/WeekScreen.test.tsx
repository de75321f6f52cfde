// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WeekScreen } from '../../../../renderer/features/week/WeekScreen';
import { addDays, type Officer } from '../../../../shared/domain';
import { importDemoDay, openTestWorkspace, TEST_DAY, type TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';
import { stubDialog } from '../import/import-test-kit';

// The week screen (issue 19) against the real back end: a planned demo day and its roster.
let ws: TestWorkspace;
let officers: Officer[];

beforeEach(async () => {
  stubDialog();
  ws = openTestWorkspace();
  await importDemoDay(ws.handlers, { visits: 12, officers: 3 });
  await ws.handlers['plans.solve']({ date: TEST_DAY, seconds: 0.3, seed: 1 });
  officers = await ws.handlers['officers.list']({});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  expect(ws.unexpected).toEqual([]);
  ws.close();
  localStorage.clear();
});

function start(language: 'en' | 'zh' = 'en') {
  const onOpenDay = vi.fn();
  const onChanged = vi.fn();
  renderWithProviders(<WeekScreen from={TEST_DAY} onOpenDay={onOpenDay} onChanged={onChanged} />, {
    transport: fakeTransport(ws.handlers, ws.events),
    language,
  });
  return { onOpenDay, onChanged };
}
const dayCard = (date: string) => document.querySelector<HTMLElement>(`.week-day[data-date="${date}"]`)!;
const cell = (officerId: string, date: string) =>
  document.querySelector<HTMLElement>(`tr[data-officer-id="${officerId}"] td[data-date="${date}"]`)!;
const grid = () => screen.findByRole('grid', { name: 'Officers’ availability' });

describe('WeekScreen', () => {
  it('shows seven days from the day shown: visits by status, officers on shift, capacity used, the plan; and moves by week', async () => {
    const { onOpenDay } = start();
    await screen.findByRole('heading', { name: `Week from ${TEST_DAY}` });
    await waitFor(() => expect(document.querySelectorAll('.week-day').length).toBe(7));
    const { plan } = (await ws.handlers['plans.current']({ date: TEST_DAY }))!;
    const first = dayCard(TEST_DAY);
    expect(first.textContent).toContain('12 visits');
    expect(first.textContent).toContain(`Planned: ${plan.stats.assignedCount}`);
    expect(first.textContent).toContain('3 officers on shift');
    expect(first.textContent).toContain(`Visits: ${plan.stats.assignedCount} of ${officers.reduce((n, o) => n + o.maxVisits, 0)} allowed`);
    expect(first.textContent).toMatch(/Working time: \d+% of shift time/);
    expect(first.querySelector('meter')).not.toBeNull();
    expect(first.textContent).toContain('Planned');
    expect(dayCard(addDays(TEST_DAY, 1)).textContent).toContain('No plan');
    fireEvent.click(within(first).getByRole('button', { name: new RegExp(TEST_DAY) }));
    expect(onOpenDay).toHaveBeenCalledWith(TEST_DAY);
    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
    await screen.findByRole('heading', { name: `Week from ${addDays(TEST_DAY, 7)}` });
    await waitFor(() => expect(dayCard(addDays(TEST_DAY, 13))).not.toBeNull());
  });

  it('edits an officer’s day with the keyboard: on leave, saved, the plan flagged, the strip and grid follow', async () => {
    const { onChanged } = start();
    await grid();
    const routed = (await ws.handlers['plans.current']({ date: TEST_DAY }))!.plan.routes.find((r) => r.stops.length > 0)!;
    const row = officers.findIndex((o) => o.id === routed.officerId);
    // The first cell is in the tab order; ↓ to the routed officer, then Enter opens the form.
    const firstCell = cell(officers[0].id, TEST_DAY);
    expect(firstCell.tabIndex).toBe(0);
    firstCell.focus();
    for (let i = 0; i < row; i += 1) fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(cell(routed.officerId, TEST_DAY)));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    const form = await screen.findByRole('form', { name: new RegExp(`\\(${routed.officerId}\\) on ${TEST_DAY}`) });
    const off = within(form).getByLabelText<HTMLInputElement>('On leave this day');
    expect(document.activeElement).toBe(off);
    fireEvent.click(off);
    fireEvent.change(within(form).getByLabelText('Note'), { target: { value: 'sick' } });
    fireEvent.submit(form);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^Saved: .+ is on leave on 2026-11-23\. The plan of 2026-11-23 now has 1 problem/,
      ),
    );
    expect(screen.queryByRole('form')).toBeNull();
    expect(cell(routed.officerId, TEST_DAY).textContent).toBe('On leave');
    await waitFor(() => expect(dayCard(TEST_DAY).textContent).toContain('On leave:'));
    expect(dayCard(TEST_DAY).textContent).toContain('2 officers on shift');
    expect(dayCard(TEST_DAY).textContent).toContain('Plan: 1 problem');
    expect(onChanged).toHaveBeenCalled();
    expect(await ws.handlers['officers.days']({ from: TEST_DAY, to: TEST_DAY })).toEqual([
      expect.objectContaining({ officerId: routed.officerId, availability: 'off', note: 'sick' }),
    ]);
    // Delete makes it the usual day again.
    cell(routed.officerId, TEST_DAY).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'Delete' });
    await waitFor(() => expect(cell(routed.officerId, TEST_DAY).textContent).toBe('Working'));
    expect(await ws.handlers['officers.days']({ from: TEST_DAY, to: TEST_DAY })).toEqual([]);
  });

  it('gives a half day its shift, and names a refused field in the form; Esc leaves it with nothing stored', async () => {
    start();
    await grid();
    const [officer] = officers;
    const target = cell(officer.id, addDays(TEST_DAY, 1));
    fireEvent.doubleClick(target);
    let form = await screen.findByRole('form');
    fireEvent.change(within(form).getByLabelText('Shift start'), { target: { value: '13:00' } });
    fireEvent.submit(form);
    const problem = await within(form).findByText(/Give both the start and the end of the day’s shift/);
    expect(problem.className).toBe('field-problem');
    expect(screen.getByRole('alert').textContent).toContain(`Nothing was saved for officer ${officer.name} (${officer.id})`);
    fireEvent.keyDown(within(form).getByLabelText('Shift start'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(await ws.handlers['officers.days']({ from: TEST_DAY, to: addDays(TEST_DAY, 6) })).toEqual([]);
    fireEvent.doubleClick(target);
    form = await screen.findByRole('form');
    fireEvent.change(within(form).getByLabelText('Shift start'), { target: { value: '13:00' } });
    fireEvent.change(within(form).getByLabelText('Shift end'), { target: { value: '18:00' } });
    fireEvent.submit(form);
    await waitFor(() => expect(target.textContent).toBe('13:00–18:00'));
    expect(screen.getByRole('status').textContent).toMatch(/works 13:00-18:00 on 2026-11-24\./);
    expect(dayCard(addDays(TEST_DAY, 1)).textContent).toContain('Another shift or start:');
  });

  it('imports an availability file through the import dialog', async () => {
    start();
    await grid();
    fireEvent.click(screen.getByRole('button', { name: 'Import availability…' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: /Officers’ availability/ }).checked).toBe(true);
    const text = `工号,日期,是否出勤\n${officers[1].id},${addDays(TEST_DAY, 2)},休假\n`;
    fireEvent.change(within(dialog).getByLabelText('File (CSV, XLSX or TXT)'), { target: { files: [new File([text], 'leave.csv')] } });
    const importButton = await within(dialog).findByRole<HTMLButtonElement>('button', { name: 'Import' });
    await waitFor(() => expect(importButton.disabled).toBe(false));
    fireEvent.click(importButton);
    await waitFor(() => expect(cell(officers[1].id, addDays(TEST_DAY, 2)).textContent).toBe('On leave'));
  });

  it('speaks Chinese', async () => {
    start('zh');
    await screen.findByRole('heading', { name: `${TEST_DAY} 起的一周` });
    await waitFor(() => expect(dayCard(TEST_DAY).textContent).toContain('3 名外访员在班'));
    expect(cell(officers[0].id, TEST_DAY).textContent).toBe('出勤');
    expect(screen.getByRole('button', { name: '上一周' })).toBeTruthy();
  });
});
