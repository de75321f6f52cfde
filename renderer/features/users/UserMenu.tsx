import { useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useSession } from './SessionProvider';
import { UserDialog } from './UserDialog';

/** The header's button naming who is signed in and their role; it opens the user dialog. */
export function UserMenu() {
  const { t } = useT();
  const { user } = useSession();
  const [isOpen, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const label = user ? t('usersScreen.menu', { name: user.name, role: t(`users.role.${user.role}`) }) : t('usersScreen.notSignedIn');
  return (
    <>
      <button
        ref={button}
        type="button"
        className="user-menu"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        title={t('usersScreen.menuHint')}
      >
        {label}
      </button>
      {isOpen && <UserDialog onClose={() => setOpen(false)} returnFocusTo={button} />}
    </>
  );
}
