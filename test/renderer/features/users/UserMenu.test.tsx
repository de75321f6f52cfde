// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
  expect(workspace.unexpected).toEqual([]);
  workspace.close();
  localStorage.clear();
});

const menuButton = () => screen.getByRole<HTMLButtonElement>('button', { name: /·|Not signed in|未登录/ });

describe('UserMenu', () => {
  it('names the signed-in user and their role in words, in either language', async () => {
    await addProfiles(workspace.handlers, [ZHOU, LI], ZHOU);
    renderInSession(<UserMenu />, workspace);
    await waitFor(() => expect(menuButton().textContent).toBe('Zhou Min · supervisor'));
    cleanup();

    renderInSession(<UserMenu />, workspace, 'zh');
    await waitFor(() => expect(menuButton().textContent).toBe('Zhou Min · 主管'));
    cleanup();

    await workspace.handlers['session.signIn']({ userId: LI.id });
    renderInSession(<UserMenu />, workspace, 'zh');
    await waitFor(() => expect(menuButton().textContent).toBe('Li Na · 调度员'));
  });

  it('says when nobody is signed in', async () => {
    await addProfiles(workspace.handlers, [ZHOU], null);
    renderInSession(<UserMenu />, workspace);
    expect((await screen.findByRole('button', { name: 'Not signed in' })).getAttribute('aria-haspopup')).toBe('dialog');
    cleanup();
    renderInSession(<UserMenu />, workspace, 'zh');
    expect(await screen.findByRole('button', { name: '未登录' })).toBeTruthy();
  });

  it('opens the user dialog from the keyboard, closes it with Escape and gives focus back', async () => {
    await addProfiles(workspace.handlers, [ZHOU, LI], LI);
    renderInSession(<UserMenu />, workspace);
    await waitFor(() => expect(menuButton().textContent).toBe('Li Na · dispatcher'));
    const button = menuButton();
    button.focus();
    // A native button turns Enter and Space into a click.
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'User profiles' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);

    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
  });
});
