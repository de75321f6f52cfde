import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, TEST_SUPERVISOR, type TestWorkspace } from '../../support/test-workspace';
import { createHandlers } from '../../../electron/backend/handlers';
import { createEventHub } from '../../../electron/backend/events';

let ws: TestWorkspace;
beforeEach(() => {
  ws = openTestWorkspace();
});
afterEach(() => {
  expect(ws.unexpected).toEqual([]);
  ws.close();
});

const LI = { id: 'li', name: 'Li Na', role: 'dispatcher', active: true } as const;

describe('local users and roles', () => {
  it('makes the first profile a supervisor, then lets only a supervisor add others', async () => {
    const h = ws.handlers;
    expect(await h['session.current']({})).toEqual({ user: null, hasUsers: false });
    await expect(h['users.save'](LI)).rejects.toMatchObject({
      code: 'bad_input',
      userMessage: { en: "The workspace's first profile must be a supervisor, who then adds the others." },
    });
    await h['users.save'](TEST_SUPERVISOR);
    // Nobody signed in may not add the second one.
    await expect(h['users.save'](LI)).rejects.toMatchObject({ code: 'forbidden' });
    await h['session.signIn']({ userId: TEST_SUPERVISOR.id });
    await h['users.save'](LI);
    await h['session.signIn']({ userId: 'li' });
    await expect(h['users.save']({ ...LI, role: 'supervisor' })).rejects.toMatchObject({
      code: 'forbidden',
      userMessage: { en: 'Only a supervisor may add or change user profiles; Li Na (li) is signed in as a dispatcher.' },
    });
    expect(await h['users.list']({})).toEqual([TEST_SUPERVISOR, LI]);
    expect(await h['session.current']({})).toEqual({ user: LI, hasUsers: true });
  });

  it('keeps the last active supervisor one, and an inactive profile from signing in', async () => {
    const h = ws.handlers;
    await h['users.save'](TEST_SUPERVISOR);
    await h['session.signIn']({ userId: TEST_SUPERVISOR.id });
    await h['users.save'](LI);
    await expect(h['users.save']({ ...TEST_SUPERVISOR, role: 'dispatcher' })).rejects.toMatchObject({
      code: 'conflict',
      userMessage: { en: '主管 周 (zhou) is the last active supervisor: make another profile a supervisor first.' },
    });
    await h['users.save']({ ...LI, active: false });
    await expect(h['session.signIn']({ userId: 'li' })).rejects.toMatchObject({
      code: 'forbidden',
      userMessage: { en: 'User li (Li Na) is no longer active and cannot sign in.' },
    });
    await expect(h['session.signIn']({ userId: 'wang' })).rejects.toMatchObject({ code: 'not_found' });
    // Profiles are made inactive, never deleted: the audit trail names them.
    expect(() => ws.db.prepare("DELETE FROM users WHERE id = 'li'").run()).toThrow(/never deleted/);
  });

  it('names the signed-in user in the audit trail, the channel while nobody is', async () => {
    const h = ws.handlers;
    await h['settings.setItinerary']({ officersCallCustomers: true, officersSeeOverdueAmounts: false });
    await h['users.save'](TEST_SUPERVISOR);
    await h['session.signIn']({ userId: TEST_SUPERVISOR.id });
    await h['settings.setItinerary']({ officersCallCustomers: false, officersSeeOverdueAmounts: false });
    await h['session.signOut']({});
    expect(await h['session.current']({})).toEqual({ user: null, hasUsers: true });
    const actors = ws.db.prepare('SELECT action, actor FROM audit_log ORDER BY id').all();
    expect(actors).toEqual([
      { action: 'settings.itinerary', actor: 'dispatcher' },
      { action: 'users.save', actor: 'dispatcher' },
      { action: 'settings.itinerary', actor: TEST_SUPERVISOR.id },
    ]);
    expect((await h['audit.verify']({})).intact).toBe(true);
  });

  it('signs in from the start as the command line’s --user, refusing an unknown one', async () => {
    await ws.handlers['users.save'](TEST_SUPERVISOR);
    const signedIn = createHandlers(ws.db, { events: createEventHub(), userId: TEST_SUPERVISOR.id, logError: () => undefined });
    expect((await signedIn['session.current']({})).user).toEqual(TEST_SUPERVISOR);
    expect(() => createHandlers(ws.db, { events: createEventHub(), userId: 'nobody', logError: () => undefined })).toThrow(
      /There is no user nobody/,
    );
  });
});
