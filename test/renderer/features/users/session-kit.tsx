import type { ReactNode } from 'react';
import type { Handlers } from '../../../../shared/api/contract';
import type { User } from '../../../../shared/domain';
import { SessionProvider } from '../../../../renderer/features/users/SessionProvider';
import type { TestWorkspace } from '../../../support/test-workspace';
import { fakeTransport } from '../../fake-transport';
import { renderWithProviders } from '../../render';

/** The workspace's supervisor and a dispatcher (test names, no real people). */
export const ZHOU: User = { id: 'zhou', name: 'Zhou Min', role: 'supervisor', active: true };
export const LI: User = { id: 'li.na', name: 'Li Na', role: 'dispatcher', active: true };

/**
 * Adds the profiles to the real back end (the first is a supervisor, who adds the others), then
 * signs in as `signedIn`, or nobody.
 */
export async function addProfiles(handlers: Handlers, users: User[], signedIn: User | null): Promise<void> {
  const [first, ...others] = users;
  await handlers['users.save'](first);
  await handlers['session.signIn']({ userId: first.id });
  for (const user of others) await handlers['users.save'](user);
  await handlers['session.signOut']({});
  if (signedIn) await handlers['session.signIn']({ userId: signedIn.id });
}

/** Renders UI inside the session over the real back end, as the app mounts it. */
export function renderInSession(ui: ReactNode, workspace: TestWorkspace, language: 'en' | 'zh' = 'en') {
  return renderWithProviders(<SessionProvider>{ui}</SessionProvider>, {
    transport: fakeTransport(workspace.handlers, workspace.events),
    language,
  });
}
