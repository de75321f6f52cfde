import { useCallback } from 'react';
import type { User } from '../../../shared/domain';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';
import { useSession } from './SessionProvider';

export interface UserProfiles {
  /** Every profile, supervisors first; undefined while loading. */
  users: User[] | undefined;
  /** The last refusal (of saving) or load failure, for the dialog to show. */
  error: unknown;
  isBusy: boolean;
  /** Adds or changes a profile; the saved profile, or undefined once the refusal is in `error`. */
  save(user: User): Promise<User | undefined>;
  /** Reads the profiles again. */
  reload(): Promise<void>;
  /** An earlier refusal no longer applies. */
  reset(): void;
}

/** The workspace's profiles and saving one; the session follows a change to the signed-in profile. */
export function useUserProfiles(): UserProfiles {
  const list = useApiQuery('users.list', {});
  const { run, isBusy, error, reset } = useApiMutation('users.save');
  const { refresh } = useSession();
  const { refetch } = list;

  const save = useCallback(
    async (user: User) => {
      const saved = await run(user);
      // Saved or refused, the list and the session may have changed (a refusal can mean this
      // window's user was signed out or demoted elsewhere): both are read again.
      await Promise.all([refetch(), refresh()]);
      return saved;
    },
    [run, refetch, refresh],
  );
  const reload = useCallback(async () => {
    await Promise.all([refetch(), refresh()]);
  }, [refetch, refresh]);

  return { users: list.data, error: error ?? list.error, isBusy, save, reload, reset };
}
