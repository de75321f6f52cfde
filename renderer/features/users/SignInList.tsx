import { useId } from 'react';
import type { User } from '../../../shared/domain';
import { useT } from '../../i18n/useT';

export interface SignInListProps {
  /** The profiles that may sign in (the active ones). */
  users: readonly User[];
  current: User | null;
  isBusy: boolean;
  onSignIn(user: User): void;
  onSignOut(): void;
}

/** Who is signed in, a button per active profile to sign in as, and signing out. */
export function SignInList({ users, current, isBusy, onSignIn, onSignOut }: SignInListProps) {
  const { t } = useT();
  const id = useId();
  const roleOf = (user: User) => t(`users.role.${user.role}`);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('usersScreen.signInTitle')}</h3>
      <p>
        {current
          ? t('usersScreen.signedInAs', { name: current.name, id: current.id, role: roleOf(current) })
          : t('usersScreen.nobodySignedIn')}
      </p>
      <ul className="user-list">
        {users.map((user) => (
          <li key={user.id}>
            <button
              type="button"
              aria-pressed={current?.id === user.id}
              onClick={() => {
                if (!isBusy) onSignIn(user);
              }}
            >
              {t('usersScreen.profile', { name: user.name, id: user.id, role: roleOf(user) })}
            </button>
          </li>
        ))}
      </ul>
      {current && (
        <div className="dialog-actions">
          <button type="button" onClick={onSignOut} disabled={isBusy}>
            {t('usersScreen.signOut')}
          </button>
        </div>
      )}
    </section>
  );
}
