// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { USER_STORAGE_KEY } from '../../../../renderer/features/users/SessionProvider';
import { UserMenu } from '../../../../renderer/features/users/UserMenu';
import { openTestWorkspace, type TestWorkspace } from '../../../support/test-workspace';
import { stubDialog } from '../import/import-test-kit';
import { addProfiles, LI, renderInSession, ZHOU } from './session-kit';

let workspace: TestWorkspace;

beforeEach(() => {
  stubDialog();
  workspace = openTestWorkspace();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  expect(workspace.unexpected).toEqual([]);
  workspace.close();
  localStorage.clear();
});

/** Opens the dialog from the menu once the menu shows `label`. */
async function openDialog(label: string, language: 'en' | 'zh' = 'en') {
  renderInSession(<UserMenu />, workspace, language);
  const menu = await screen.findByRole('button', { name: label });
  fireEvent.click(menu);
  return screen.findByRole('dialog');
}
const table = () => screen.queryByRole('table', { name: 'User profiles, supervisors first' });

describe('UserDialog', () => {
  it('creates the first profile as a supervisor and signs in as them', async () => {
    const save = vi.spyOn(workspace.handlers, 'users.save');
    const dialog = await openDialog('Not signed in');
    const form = await within(dialog).findByRole('form', { name: 'Create the first profile' });
    expect(within(form).getByText("The workspace's first profile must be a supervisor, who then adds the others.")).toBeTruthy();
    expect(within(form).getByText('Role: supervisor')).toBeTruthy();
    expect(within(form).queryByRole('combobox')).toBeNull();
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Profiles record who did what and decide what the app lets each person do; they do not protect the workspace from someone who holds its file.',
    );

    // Both fields are asked for before anything is sent.
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Zhou Min' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create and sign in' }));
    expect(await within(form).findByText('Enter both the user ID and the name.')).toBeTruthy();
    expect(save).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByLabelText('User ID'), { target: { value: ' zhou ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create and sign in' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Zhou Min · supervisor' })).toBeTruthy());
    expect(save.mock.calls).toEqual([[{ id: 'zhou', name: 'Zhou Min', role: 'supervisor', active: true }]]);
    expect((await workspace.handlers['session.current']({})).user?.id).toBe('zhou');
    expect(localStorage.getItem(USER_STORAGE_KEY)).toBe('zhou');
    expect(within(dialog).getByRole('status').textContent).toBe('Signed in as Zhou Min (zhou), supervisor.');
    // Now a supervisor: the first form gives way to the profiles and their management.
    expect(within(dialog).queryByRole('form', { name: 'Create the first profile' })).toBeNull();
    expect(await within(dialog).findByRole('button', { name: 'Zhou Min (zhou) · supervisor', pressed: true })).toBeTruthy();
    expect(table()).toBeTruthy();
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('lets a dispatcher sign in as an active profile or out, without the management part', async () => {
    await addProfiles(workspace.handlers, [ZHOU, LI, { id: 'wang', name: 'Wang Lei', role: 'dispatcher', active: false }], null);
    const dialog = await openDialog('Not signed in');
    expect(await within(dialog).findByText('Nobody is signed in: choose your profile.')).toBeTruthy();
    const choices = within(dialog)
      .getAllByRole('button', { pressed: false })
      .map((b) => b.textContent);
    expect(choices).toEqual(['Zhou Min (zhou) · supervisor', 'Li Na (li.na) · dispatcher']);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Li Na (li.na) · dispatcher' }));
    expect(await within(dialog).findByRole('button', { name: 'Li Na (li.na) · dispatcher', pressed: true })).toBeTruthy();
    expect(within(dialog).getByText('Signed in as Li Na (li.na), dispatcher.', { selector: 'section p' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Li Na · dispatcher' })).toBeTruthy();
    expect(table()).toBeNull();
    expect(within(dialog).queryByRole('form', { name: 'Add a profile' })).toBeNull();
    expect(within(dialog).queryByRole('heading', { name: 'Manage profiles' })).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Not signed in' })).toBeTruthy());
    expect(within(dialog).getByRole('status').textContent).toBe('Signed out.');
    expect((await workspace.handlers['session.current']({})).user).toBeNull();
    expect(localStorage.getItem(USER_STORAGE_KEY)).toBeNull();
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it("shows a supervisor every profile, inactive ones marked, and adds one with the form's ID, name and role", async () => {
    await addProfiles(workspace.handlers, [ZHOU, { id: 'wang', name: 'Wang Lei', role: 'dispatcher', active: false }], ZHOU);
    const save = vi.spyOn(workspace.handlers, 'users.save');
    const dialog = await openDialog('Zhou Min · supervisor');
    await waitFor(() => expect(table()).toBeTruthy());
    const rows = () => [...table()!.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
    expect(rows()).toEqual([expect.stringMatching(/^Zhou Minzhou/), expect.stringMatching(/^Wang Lei \(inactive\)wang/)]);
    expect(screen.getByLabelText<HTMLInputElement>('Wang Lei is active').checked).toBe(false);

    const form = within(dialog).getByRole('form', { name: 'Add a profile' });
    fireEvent.change(within(form).getByLabelText('User ID'), { target: { value: 'li.na' } });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Li Na' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'supervisor' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add profile' }));

    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Added Li Na (li.na) as supervisor.'));
    expect(save.mock.calls).toEqual([[{ id: 'li.na', name: 'Li Na', role: 'supervisor', active: true }]]);
    expect((await workspace.handlers['users.list']({})).map((u) => u.id)).toEqual(expect.arrayContaining(['li.na']));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(within(form).getByLabelText<HTMLInputElement>('User ID').value).toBe('');

    // A taken ID would overwrite that profile: it is said, and nothing is sent.
    fireEvent.change(within(form).getByLabelText('User ID'), { target: { value: 'wang' } });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Someone Else' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add profile' }));
    expect(await within(form).findByText('There is already a profile wang (Wang Lei); change it in the list above.')).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(1);

    // Changing a row saves that profile with its new role and state.
    fireEvent.click(screen.getByLabelText('Wang Lei is active'));
    fireEvent.change(screen.getByLabelText('Role of Wang Lei'), { target: { value: 'supervisor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the changes to Wang Lei' }));
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Saved Wang Lei (wang): supervisor, active.'));
    expect(save.mock.calls[1]).toEqual([{ id: 'wang', name: 'Wang Lei', role: 'supervisor', active: true }]);
  });

  it("shows the back end's refusal in the screen's language", async () => {
    await addProfiles(workspace.handlers, [ZHOU, LI], ZHOU);
    const dialog = await openDialog('Zhou Min · 主管', 'zh');
    await waitFor(() => expect(screen.getByRole('table', { name: '用户列表，主管在前' })).toBeTruthy());
    // The last active supervisor stays one.
    fireEvent.change(screen.getByLabelText('Zhou Min 的角色'), { target: { value: 'dispatcher' } });
    fireEvent.click(screen.getByRole('button', { name: '保存对 Zhou Min 的修改' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('Zhou Min（zhou）是最后一位在职主管：请先把另一位用户设为主管。');
    expect((await workspace.handlers['users.list']({})).find((u) => u.id === 'zhou')?.role).toBe('supervisor');
  });

  it('shows a refusal of someone no longer a supervisor, and the menu follows the session', async () => {
    await addProfiles(workspace.handlers, [ZHOU, LI], ZHOU);
    const dialog = await openDialog('Zhou Min · supervisor');
    await waitFor(() => expect(table()).toBeTruthy());
    // Another window signs in as Li Na meanwhile: this dialog's add is refused by the back end.
    await workspace.handlers['session.signIn']({ userId: LI.id });
    const form = within(dialog).getByRole('form', { name: 'Add a profile' });
    fireEvent.change(within(form).getByLabelText('User ID'), { target: { value: 'wang' } });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Wang Lei' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add profile' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Only a supervisor may add or change user profiles; Li Na (li.na) is signed in as a dispatcher.',
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Li Na · dispatcher' })).toBeTruthy());
    expect(table()).toBeNull();
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect((await workspace.handlers['users.list']({})).map((u) => u.id)).not.toContain('wang');
  });
});
