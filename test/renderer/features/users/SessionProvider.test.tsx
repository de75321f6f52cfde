// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { USER_STORAGE_KEY, useSession, type Session } from '../../../../renderer/features/users/SessionProvider';
import { openTestWorkspace, type TestWorkspace } from '../../../support/test-workspace';
import { addProfiles, LI, renderInSession, ZHOU } from './session-kit';

let workspace: TestWorkspace;
let session: Session;

/** Shows what the hook says and hands the test its functions. */
function Probe() {
  session = useSession();
  const { user, hasUsers, isSupervisor } = session;
  return <output data-testid="session">{JSON.stringify({ user: user?.id ?? null, hasUsers, isSupervisor })}</output>;
}
const shown = () => JSON.parse(screen.getByTestId('session').textContent ?? '') as unknown;

beforeEach(() => {
  workspace = openTestWorkspace();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  expect(workspace.unexpected).toEqual([]);
  workspace.close();
  localStorage.clear();
});

describe('SessionProvider', () => {
  it('signs in again, silently, as the last user this machine remembers', async () => {
    await addProfiles(workspace.handlers, [ZHOU, LI], null);
    localStorage.setItem(USER_STORAGE_KEY, LI.id);
    const signIn = vi.spyOn(workspace.handlers, 'session.signIn');
    renderInSession(<Probe />, workspace);

    await waitFor(() => expect(shown()).toEqual({ user: 'li.na', hasUsers: true, isSupervisor: false }));
    expect(signIn.mock.calls).toEqual([[{ userId: 'li.na' }]]);
    // The back end's session is Li Na's now: what she does is recorded as hers.
    expect((await workspace.handlers['session.current']({})).user?.id).toBe('li.na');
  });

  it('keeps whoever the back end has signed in, without signing in again', async () => {
    await addProfiles(workspace.handlers, [ZHOU, LI], ZHOU);
    localStorage.setItem(USER_STORAGE_KEY, LI.id);
    const signIn = vi.spyOn(workspace.handlers, 'session.signIn');
    renderInSession(<Probe />, workspace);

    await waitFor(() => expect(shown()).toEqual({ user: 'zhou', hasUsers: true, isSupervisor: true }));
    expect(signIn).not.toHaveBeenCalled();
    expect(localStorage.getItem(USER_STORAGE_KEY)).toBe('zhou');
  });

  it('forgets a remembered user who can no longer sign in', async () => {
    await addProfiles(workspace.handlers, [ZHOU, { ...LI, active: false }], null);
    localStorage.setItem(USER_STORAGE_KEY, LI.id);
    const signIn = vi.spyOn(workspace.handlers, 'session.signIn');
    renderInSession(<Probe />, workspace);

    await waitFor(() => expect(signIn).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(localStorage.getItem(USER_STORAGE_KEY)).toBeNull());
    expect(shown()).toEqual({ user: null, hasUsers: true, isSupervisor: false });
    expect(workspace.unexpected).toEqual([]);
  });

  it('remembers whoever signs in and forgets them on signing out', async () => {
    await addProfiles(workspace.handlers, [ZHOU, LI], null);
    renderInSession(<Probe />, workspace);
    await waitFor(() => expect(shown()).toEqual({ user: null, hasUsers: true, isSupervisor: false }));

    let ok: boolean | undefined;
    await act(async () => {
      ok = await session.signIn(ZHOU.id);
    });
    expect(ok).toBe(true);
    expect(shown()).toEqual({ user: 'zhou', hasUsers: true, isSupervisor: true });
    expect(localStorage.getItem(USER_STORAGE_KEY)).toBe('zhou');

    await act(async () => {
      ok = await session.signIn('nobody');
    });
    expect(ok).toBe(false);
    expect(shown()).toEqual({ user: 'zhou', hasUsers: true, isSupervisor: true });

    await act(() => session.signOut());
    expect(shown()).toEqual({ user: null, hasUsers: true, isSupervisor: false });
    expect(localStorage.getItem(USER_STORAGE_KEY)).toBeNull();
    expect((await workspace.handlers['session.current']({})).user).toBeNull();
  });
});
