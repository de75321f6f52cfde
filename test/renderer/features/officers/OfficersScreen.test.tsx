// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OfficersScreen } from '../../../../renderer/features/officers/OfficersScreen';
import { createOfficersRepo } from '../../../../electron/backend/db/repos/officers-repo';
import type { OfficerId } from '../../../../shared/domain';
import { openTestWorkspace, type TestWorkspace } from '../../../support/test-workspace';
import { DATE, call, officer, seedBlankDay, visit } from '../../../backend/services/plan-kit';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

let workspace: TestWorkspace;
const onChanged = vi.fn();

beforeEach(async () => {
  workspace = openTestWorkspace();
  const plan = seedBlankDay(
    workspace.db,
    [officer('O-1', { name: 'Wang Fang' }), officer('O-2', { name: 'Li Qiang', team: 'West', isActive: false, end: null })],
    [visit('V-1')],
  );
  await call(workspace.handlers, 'plans.edit', {
    date: DATE,
    basePlanId: plan.id,
    edit: { type: 'move', visitId: 'V-1', toOfficerId: 'O-1', position: 0 },
  });
  return () => {
    cleanup();
    onChanged.mockReset();
    expect(workspace.unexpected).toEqual([]);
    workspace.close();
  };
});
afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

function start(language: 'en' | 'zh' = 'en') {
  renderWithProviders(<OfficersScreen onChanged={onChanged} />, {
    transport: fakeTransport(workspace.handlers, workspace.events),
    language,
  });
}
const row = (id: string) => document.querySelector<HTMLElement>(`tr[data-officer-id="${id}"]`)!;
const stored = (id: string) => createOfficersRepo(workspace.db).get(id as OfficerId)!;

describe('OfficersScreen', () => {
  it('lists the roster with team, skills and their validity, shift, break, limits, places and whether on duty', async () => {
    start();
    const table = await screen.findByRole('grid', { name: /Officers on the roster/ });
    const cells = (id: string) => [...row(id).querySelectorAll('td')].map((td) => td.textContent);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Name', 'Team', 'Skills', 'Shift', 'Break', 'Limits', 'Start → end', 'Active']);
    expect(cells('O-1')).toEqual([
      'Wang Fang O-1',
      'East',
      'collection and senior until 2026-12-31',
      '08:00–18:00',
      'none',
      '8 visits, 9 h',
      '31.2000, 121.4000 → back to start',
      'Active',
    ]);
    expect(cells('O-2').slice(6)).toEqual(['31.2000, 121.4000 → no return', 'Inactive']);
  });

  it('is worked from the keyboard: arrows choose, Enter edits, Esc goes back to the row', async () => {
    start();
    await screen.findByRole('heading', { name: 'Edit Wang Fang' });
    act(() => row('O-1').focus());
    fireEvent.keyDown(row('O-1'), { key: 'ArrowDown' });
    await screen.findByRole('heading', { name: 'Edit Li Qiang' });
    // The focus follows the choice once the row is drawn chosen (later on a loaded machine: CI's
    // run of the whole suite once took more than waitFor's default second).
    await waitFor(() => expect(document.activeElement).toBe(row('O-2')), { timeout: 5000 });
    expect(row('O-2').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(row('O-2'), { key: 'Enter' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Team')), { timeout: 5000 });
    fireEvent.change(screen.getByLabelText('Team'), { target: { value: 'North' } });
    fireEvent.keyDown(screen.getByLabelText('Team'), { key: 'Escape' });
    expect((screen.getByLabelText('Team') as HTMLInputElement).value).toBe('West');
    expect(document.activeElement).toBe(row('O-2'));
  });

  it('saves a change, says which planned days now need attention, and Undo takes it back', async () => {
    start();
    await screen.findByRole('heading', { name: 'Edit Wang Fang' });
    fireEvent.click(screen.getByLabelText('Active'));
    fireEvent.change(screen.getByLabelText('Shift end'), { target: { value: '17:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `Saved Wang Fang: shift end and active changed. 1 planned day now needs attention: ${DATE}. The board lists what broke.`,
      ),
    );
    expect(stored('O-1')).toMatchObject({ isActive: false, shiftEndSec: 17.5 * 3600 });
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(row('O-1').textContent).toContain('Inactive');

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `Undid the change to Wang Fang: shift end and active as before. 1 planned day has no problems left: ${DATE}.`,
      ),
    );
    expect(stored('O-1')).toMatchObject({ isActive: true, shiftEndSec: 18 * 3600 });
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveProperty('disabled', true);
  });

  it('still offers Undo after leaving the screen and coming back', async () => {
    start();
    await screen.findByRole('heading', { name: 'Edit Wang Fang' });
    fireEvent.change(screen.getByLabelText('Team'), { target: { value: 'North' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(stored('O-1').team).toBe('North'));
    cleanup();

    start();
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveProperty('disabled', false));
    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Undid the change to Wang Fang: team as before.'));
    expect(stored('O-1').team).toBe('East');
  });

  it('shows a refusal naming the officer and marks each refused field; nothing is stored', async () => {
    start();
    await screen.findByRole('heading', { name: 'Edit Wang Fang' });
    fireEvent.change(screen.getByLabelText('Shift start'), { target: { value: '8 am' } });
    fireEvent.change(screen.getByLabelText('Maximum visits'), { target: { value: '300' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Nothing was saved for officer Wang Fang \(O-1\)\. /);
    expect(alert.textContent).toMatch(/Correct Shift start and Maximum visits and save again\.$/);
    expect(screen.getByLabelText('Shift start').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Maximum visits').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Team').getAttribute('aria-invalid')).toBeNull();
    expect(stored('O-1').shiftStartSec).toBe(8 * 3600);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('speaks Chinese with the glossary’s terms', async () => {
    start('zh');
    await screen.findByRole('heading', { name: '编辑 Wang Fang' });
    expect(screen.getByRole('grid', { name: /名单上的外访员/ })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('是否在岗'));
    fireEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `已保存 Wang Fang：修改了在岗。1 个已规划的日期现在需要处理：${DATE}。调度看板列出了出错的地方。`,
      ),
    );
  });
});
