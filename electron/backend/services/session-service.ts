import { AppError, badInput } from '../../../shared/api/errors';
import type { User } from '../../../shared/domain';
import { message, type MessageKey, type Sentence } from '../../../shared/i18n';
import type { Repos } from '../db/repos';

/** Who is signed in to this back end: the desktop window, the browser server, or one command. */
export interface Session {
  user: User | null;
}

/** The signed-in user's id for the audit trail, or the channel's name while nobody is signed in. */
export function actorOf(session: Session, channel: string): () => string {
  return () => session.user?.id ?? channel;
}

/** Signs in as an active profile; an unknown or inactive one is refused with a sentence. */
export function signIn(repos: Repos, session: Session, userId: string): User {
  const user = repos.users.get(userId);
  if (!user) throw new AppError('not_found', message('users.unknown', { id: userId }));
  if (!user.active) throw new AppError('forbidden', message('users.inactive', { id: user.id, name: user.name }));
  session.user = user;
  return user;
}

type SupervisorAction = Extract<MessageKey, `users.action.${string}`>;

/** The signed-in supervisor, or a `forbidden` sentence saying who may `action` and who is signed in. */
export function requireSupervisor(session: Session, action: SupervisorAction): User {
  const { user } = session;
  const what: Sentence = message(action);
  if (!user) throw new AppError('forbidden', message('users.notSignedIn', { action: what }));
  if (user.role !== 'supervisor')
    throw new AppError('forbidden', message('users.notSupervisor', { action: what, id: user.id, name: user.name }));
  return user;
}

/**
 * Adds or changes a profile, audited. The workspace's first profile must be a supervisor (anyone
 * may create it); after that only a supervisor may, and the last active supervisor stays one. The
 * signed-in user's own profile follows the change.
 */
export function saveUser(repos: Repos, session: Session, user: User): User {
  return repos.transaction(() => {
    if (repos.users.count() === 0) {
      if (user.role !== 'supervisor' || !user.active) throw badInput(message('users.firstIsSupervisor'));
    } else {
      requireSupervisor(session, 'users.action.manageUsers');
      const before = repos.users.get(user.id);
      const demoted = before?.role === 'supervisor' && before.active && (user.role !== 'supervisor' || !user.active);
      if (demoted && repos.users.activeSupervisorCount() === 1) {
        throw new AppError('conflict', message('users.lastSupervisor', { id: before.id, name: before.name }));
      }
    }
    const saved = repos.users.save(user);
    repos.audit.append({ action: 'users.save', entity: 'user', entityId: saved.id, detail: saved });
    if (session.user?.id === saved.id) session.user = saved.active ? saved : null;
    return saved;
  });
}
