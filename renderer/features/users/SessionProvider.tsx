import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { User } from '../../../shared/domain';
import { useApiClient } from '../../api/ApiProvider';

/** Where the last profile signed in on this machine is remembered between launches. */
export const USER_STORAGE_KEY = 'dispatch.user';

/** Who is signed in to the back end, as the screens see it, and the ways to change it. */
export interface Session {
  user: User | null;
  /** Whether the workspace has any profiles (without one, the first is created as a supervisor). */
  hasUsers: boolean;
  isSupervisor: boolean;
  /** Signs in as a profile; false when the back end refused or could not be reached. */
  signIn(userId: string): Promise<boolean>;
  signOut(): Promise<void>;
  /** Reads who is signed in again (after a profile changed); keeps what is known if that fails. */
  refresh(): Promise<void>;
}

type Known = { user: User | null; hasUsers: boolean };

const SessionContext = createContext<Session | null>(null);

// Storage can be disabled; the session still works, it is just not restored next launch.
function readStored(): string | null {
  try {
    return localStorage.getItem(USER_STORAGE_KEY);
  } catch {
    return null;
  }
}
function remember(userId: string | null): void {
  try {
    if (userId === null) localStorage.removeItem(USER_STORAGE_KEY);
    else localStorage.setItem(USER_STORAGE_KEY, userId);
  } catch {
    // not remembered; nothing else depends on it
  }
}

/**
 * Holds the session for the screens below. On mount it reads who is signed in; when nobody is and
 * this machine remembers the last profile, it signs in as them silently (a refusal forgets them).
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { api } = useApiClient();
  const [known, setKnown] = useState<Known>({ user: null, hasUsers: false });
  // Each change of session numbers itself; only the newest one's answer is shown.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    try {
      const current = await api['session.current']({});
      if (current.user) remember(current.user.id);
      if (request === latest.current) setKnown(current);
    } catch {
      // The back end could not be reached: the screens keep what they knew.
    }
  }, [api]);

  useEffect(() => {
    const request = ++latest.current;
    const restore = async (): Promise<Known> => {
      const current = await api['session.current']({});
      const stored = readStored();
      if (current.user) remember(current.user.id);
      if (current.user || stored === null) return current;
      try {
        return { user: await api['session.signIn']({ userId: stored }), hasUsers: true };
      } catch {
        remember(null);
        return current;
      }
    };
    restore().then(
      (next) => {
        if (request === latest.current) setKnown(next);
      },
      () => undefined, // unreachable back end: nobody is signed in as far as the screens know
    );
  }, [api]);

  const signIn = useCallback(
    async (userId: string) => {
      const request = ++latest.current;
      try {
        const user = await api['session.signIn']({ userId });
        remember(user.id);
        if (request === latest.current) setKnown({ user, hasUsers: true });
        return true;
      } catch {
        return false;
      }
    },
    [api],
  );

  const signOut = useCallback(async () => {
    remember(null);
    try {
      await api['session.signOut']({});
      ++latest.current;
      setKnown((k) => ({ ...k, user: null }));
    } catch {
      await refresh();
    }
  }, [api, refresh]);

  const session = useMemo<Session>(
    () => ({ ...known, isSupervisor: known.user?.role === 'supervisor', signIn, signOut, refresh }),
    [known, signIn, signOut, refresh],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session; components must sit inside `<SessionProvider>`. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a <SessionProvider> above it');
  return session;
}
